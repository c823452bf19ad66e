using System.Text.Json;
using PerfRules.Authoring;

namespace PerfRules.Cli.Output;

/// <summary>The file names a diff shows for its two plans.</summary>
internal sealed record DiffNames(string Before, string After);

/// <summary><c>diff --format json</c>: every employee old and new, the migration matrix, multiplier changes and payout totals.</summary>
internal static class DiffJsonWriter
{
    public static void Write(PlanDiff diff, DiffNames names, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("before", names.Before);
        json.WriteString("after", names.After);
        json.WriteString("period", diff.Period?.ToString());
        json.WriteNumber("employeeCount", diff.Employees.Length);
        json.WriteNumber("changedCount", diff.Employees.Count(e => e.IsChanged));
        json.WriteStartArray("employees");
        foreach (var employee in diff.Employees) WriteEmployee(json, employee);
        json.WriteEndArray();
        WriteMigration(json, diff.Migration);
        json.WriteStartArray("multiplierChanges");
        foreach (var employee in diff.MultiplierChanges) json.WriteStringValue(employee.Employee);
        json.WriteEndArray();
        if (diff.BaseColumn is null)
        {
            json.WriteNull("payout");
        }
        else
        {
            json.WriteStartObject("payout");
            json.WriteString("baseColumn", diff.BaseColumn);
            JsonOutput.Number(json, "before", diff.PayoutBefore);
            JsonOutput.Number(json, "after", diff.PayoutAfter);
            JsonOutput.Number(json, "change", diff.PayoutAfter - diff.PayoutBefore);
            json.WriteNumber("withoutBaseAmount", diff.WithoutBaseAmount);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    private static void WriteEmployee(Utf8JsonWriter json, EmployeeChange employee)
    {
        json.WriteStartObject();
        json.WriteString("employee", employee.Employee);
        WriteStanding(json, "before", employee.Before);
        WriteStanding(json, "after", employee.After);
        JsonOutput.Number(json, "scoreChange", employee.ScoreChange);
        JsonOutput.Number(json, "baseAmount", employee.BaseAmount);
        json.WriteStartArray("changed");
        foreach (var change in DiffCsvWriter.Changes(employee)) json.WriteStringValue(change);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStanding(Utf8JsonWriter json, string name, EmployeeStanding? standing)
    {
        if (standing is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        JsonOutput.Number(json, "score", standing.Score);
        json.WriteNumber("rank", standing.Rank);
        json.WriteNumber("groupSize", standing.GroupSize);
        json.WriteString("group", standing.Group);
        json.WriteString("grade", standing.Grade);
        json.WriteNumber("multiplier", standing.Multiplier);
        JsonOutput.Number(json, "payout", standing.Payout);
        json.WriteEndObject();
    }

    private static void WriteMigration(Utf8JsonWriter json, GradeMigration migration)
    {
        json.WriteStartObject("migration");
        json.WriteStartArray("before");
        foreach (var grade in migration.Before) json.WriteStringValue(grade);
        json.WriteEndArray();
        json.WriteStartArray("after");
        foreach (var grade in migration.After) json.WriteStringValue(grade);
        json.WriteEndArray();
        json.WriteStartArray("counts");
        foreach (var row in migration.Before)
        {
            json.WriteStartArray();
            foreach (var column in migration.After) json.WriteNumberValue(migration.Count(row, column));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
