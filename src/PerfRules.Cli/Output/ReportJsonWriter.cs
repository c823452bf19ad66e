using System.Text.Json;
using PerfRules.Authoring;

namespace PerfRules.Cli.Output;

/// <summary><c>report --format json</c>: every count of the distribution report; shares and targets as fractions.</summary>
internal static class ReportJsonWriter
{
    public static void Write(DistributionReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("plan", report.PlanName);
        json.WriteString("period", report.Period?.ToString());
        json.WriteNumber("employees", report.EmployeeCount);
        json.WriteNumber("missingScores", report.MissingScores);
        JsonOutput.Number(json, "averageScore", report.AverageScore);
        JsonOutput.Number(json, "lowestScore", report.LowestScore);
        JsonOutput.Number(json, "highestScore", report.HighestScore);
        Counts(json, "scoreBins", report.ScoreBins, (j, bin) =>
        {
            j.WriteNumber("from", bin.From);
            j.WriteNumber("to", bin.To);
        }, bin => bin.Count);
        json.WriteStartArray("grades");
        foreach (var group in report.GradeGroups) WriteGroup(json, group);
        json.WriteEndArray();
        if (report.AllGrades is { } all)
        {
            json.WritePropertyName("allGrades");
            WriteGroup(json, all);
        }
        else
        {
            json.WriteNull("allGrades");
        }

        Counts(json, "multipliers", report.Multipliers, (j, m) => j.WriteNumber("multiplier", m.Multiplier), m => m.Count);
        json.WriteNumber("vetoed", report.VetoedCount);
        Counts(json, "vetoes", report.Vetoes, (j, r) => j.WriteString("reason", r.Reason), r => r.Count);
        Counts(json, "failedRequirements", report.FailedRequirements, (j, r) => j.WriteString("reason", r.Reason), r => r.Count);
        Counts(json, "flags", report.Flags, (j, f) => j.WriteString("name", f.Name), f => f.Count);
        json.WriteEndObject();
    });

    private static void WriteGroup(Utf8JsonWriter json, GradeGroup group)
    {
        json.WriteStartObject();
        json.WriteString("group", group.Group);
        json.WriteNumber("size", group.Size);
        json.WriteStartArray("grades");
        foreach (var grade in group.Grades)
        {
            json.WriteStartObject();
            json.WriteString("grade", grade.Grade);
            json.WriteNumber("count", grade.Count);
            json.WriteNumber("share", grade.Share);
            JsonOutput.Number(json, "targetShare", grade.TargetShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An array of objects, each what <paramref name="key"/> writes and a count.</summary>
    private static void Counts<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> key, Func<T, int> count)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            key(json, item);
            json.WriteNumber("count", count(item));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
