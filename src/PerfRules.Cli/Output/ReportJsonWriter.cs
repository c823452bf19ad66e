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
        json.WriteStartArray("scoreBins");
        foreach (var bin in report.ScoreBins)
        {
            json.WriteStartObject();
            json.WriteNumber("from", bin.From);
            json.WriteNumber("to", bin.To);
            json.WriteNumber("count", bin.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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

        json.WriteStartArray("multipliers");
        foreach (var multiplier in report.Multipliers)
        {
            json.WriteStartObject();
            json.WriteNumber("multiplier", multiplier.Multiplier);
            json.WriteNumber("count", multiplier.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("vetoed", report.VetoedCount);
        WriteReasons(json, "vetoes", report.Vetoes);
        WriteReasons(json, "failedRequirements", report.FailedRequirements);
        json.WriteStartArray("flags");
        foreach (var flag in report.Flags)
        {
            json.WriteStartObject();
            json.WriteString("name", flag.Name);
            json.WriteNumber("count", flag.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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

    private static void WriteReasons(Utf8JsonWriter json, string name, ImmutableArray<ReasonCount> reasons)
    {
        json.WriteStartArray(name);
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("reason", reason.Reason);
            json.WriteNumber("count", reason.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
