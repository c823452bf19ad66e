using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfRules.Results;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>--format json</c>: the whole result of spec section 8 in the stable shape documented in docs/cli.md. Numbers
/// are JSON numbers with their exact decimal digits; a missing value is null; text in any script is written as is.
/// </summary>
internal static class JsonResultWriter
{
    public static void Write(PerfPlan plan, EvaluationResult result, TextWriter output)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("plan", plan.Name);
            json.WriteString("planContentHash", result.PlanContentHash);
            json.WriteString("period", result.Period?.ToString());
            json.WriteStartArray("history");
            foreach (var period in result.HistoryPeriods) json.WriteStringValue(period.ToString());
            json.WriteEndArray();
            json.WriteStartArray("employees");
            foreach (var employee in result.Employees) WriteEmployee(json, employee);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteEmployee(Utf8JsonWriter json, EmployeeResult employee)
    {
        json.WriteStartObject();
        json.WriteString("employee", employee.Employee);
        json.WriteString("period", employee.Period.ToString());
        json.WriteString("profile", employee.Profile);
        json.WriteString("group", employee.Group);
        Number(json, "score", employee.Score);
        Number(json, "exactScore", employee.ExactScore);
        json.WriteNumber("rank", employee.Rank);
        json.WriteNumber("groupSize", employee.GroupSize);
        json.WriteString("grade", employee.Grade);
        json.WriteNumber("multiplier", employee.Multiplier);
        json.WriteBoolean("vetoed", employee.IsVetoed);
        Strings(json, "vetoReasons", employee.VetoReasons);
        Strings(json, "failedRequirements", employee.FailedRequirements);
        json.WriteStartArray("flags");
        foreach (var flag in employee.Flags)
        {
            json.WriteStartObject();
            json.WriteString("name", flag.Name);
            json.WriteString("message", flag.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dimensions");
        foreach (var dimension in employee.Dimensions) WriteDimension(json, dimension);
        json.WriteEndArray();
        json.WriteStartArray("rankings");
        foreach (var ranking in employee.Rankings)
        {
            json.WriteStartObject();
            json.WriteString("name", ranking.Name);
            json.WriteNumber("rank", ranking.Rank);
            json.WriteString("group", ranking.Group);
            json.WriteNumber("groupSize", ranking.GroupSize);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("levels");
        foreach (var level in employee.Levels) json.WriteString(level.Name, level.Level);
        json.WriteEndObject();
        json.WriteStartObject("awards");
        foreach (var award in employee.Awards) Number(json, award.Name, award.Amount);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDimension(Utf8JsonWriter json, DimensionResult dimension)
    {
        json.WriteStartObject();
        json.WriteString("name", dimension.Name);
        json.WriteNumber("weight", dimension.Weight);
        Number(json, "score", dimension.Score);
        Number(json, "exactScore", dimension.ExactScore);
        json.WriteBoolean("leftOut", dimension.IsLeftOut);
        json.WriteStartArray("kpis");
        foreach (var kpi in dimension.Kpis)
        {
            json.WriteStartObject();
            json.WriteString("name", kpi.Name);
            json.WriteNumber("weight", kpi.Weight);
            Number(json, "value", kpi.Value);
            Number(json, "score", kpi.Score);
            Number(json, "exactScore", kpi.ExactScore);
            json.WriteBoolean("missing", kpi.IsMissing);
            json.WriteBoolean("skipped", kpi.IsSkipped);
            if (kpi.NextLine is { } next)
            {
                json.WriteStartObject("nextLine");
                json.WriteString("line", next.Line);
                json.WriteNumber("threshold", next.Threshold);
                json.WriteNumber("distance", next.Distance);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("nextLine");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
