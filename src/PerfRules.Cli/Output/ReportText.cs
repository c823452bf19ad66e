using System.Globalization;
using PerfRules.Authoring;
using PerfRules.Text;

namespace PerfRules.Cli.Output;

/// <summary>The words and numbers the report's terminal charts and HTML page share, so that both say the same.</summary>
internal static class ReportText
{
    public static string Title(DistributionReport report) =>
        $"{report.PlanName ?? "plan"}: {report.Period}, {Count(report.EmployeeCount, "employee")}";

    public static string ScoreSummary(DistributionReport report)
    {
        if (report.AverageScore is not { } average) return "no employee has a score";
        var text = $"average {ValueFormat.Score(average)}, lowest {ValueFormat.Score(report.LowestScore!.Value)}, highest {ValueFormat.Score(report.HighestScore!.Value)}";
        return report.MissingScores == 0 ? text : text + $", {Count(report.MissingScores, "score")} missing";
    }

    public static string GroupTitle(GradeGroup group) => group.Group switch
    {
        null => $"all employees ({Count(group.Size, "employee")})",
        "" => $"the roster ({Count(group.Size, "employee")})",
        var name => $"group {name} ({Count(group.Size, "employee")})",
    };

    /// <summary>A grade bar's label: <c>A 20% (target 15%)</c>.</summary>
    public static string GradeLabel(GradeShare grade) =>
        grade.TargetShare is { } target ? $"{grade.Grade} {Percent(grade.Share)} (target {Percent(target)})" : $"{grade.Grade} {Percent(grade.Share)}";

    public static string MultiplierLabel(MultiplierCount multiplier) => "x" + ValueFormat.Trimmed(multiplier.Multiplier);

    /// <summary>A fraction as a percent with at most one decimal: 0.15 is <c>15%</c>, 0.0667 is <c>6.7%</c>.</summary>
    public static string Percent(decimal fraction) =>
        Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
