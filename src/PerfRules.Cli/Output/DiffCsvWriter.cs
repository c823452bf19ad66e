using System.Globalization;
using PerfRules.Authoring;
using PerfRules.Text;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>diff --format csv</c>: one row per employee scored by either plan, ordered by employee id, old and new side by
/// side, and a <c>changed</c> column naming what changed. The summary (migration matrix, totals) is in the table and
/// JSON formats.
/// </summary>
internal static class DiffCsvWriter
{
    public static void Write(PlanDiff diff, TextWriter output)
    {
        var header = "employee,score_before,score_after,score_change,rank_before,rank_after,grade_before,grade_after,multiplier_before,multiplier_after,changed";
        output.Write(diff.BaseColumn is null ? header : header + ",base,payout_before,payout_after");
        output.Write('\n');
        foreach (var employee in diff.Employees)
        {
            var (old, now) = (employee.Before, employee.After);
            var cells = new List<string>
            {
                employee.Employee,
                Score(old?.Score), Score(now?.Score), Signed(employee.ScoreChange),
                Rank(old), Rank(now),
                old?.Grade ?? "", now?.Grade ?? "",
                old is null ? "" : ValueFormat.Trimmed(old.Multiplier), now is null ? "" : ValueFormat.Trimmed(now.Multiplier),
                string.Join(";", Changes(employee)),
            };
            if (diff.BaseColumn is not null)
                cells.AddRange([Score(employee.BaseAmount), Score(old?.Payout), Score(now?.Payout)]);
            output.Write(string.Join(",", cells.Select(Quote)));
            output.Write('\n');
        }
    }

    /// <summary>What changed for an employee, in the words the csv and JSON formats use.</summary>
    public static IEnumerable<string> Changes(EmployeeChange employee)
    {
        if (employee.Before is null) yield return "only_new";
        else if (employee.After is null) yield return "only_old";
        if (employee.Before is null || employee.After is null) yield break;
        if (employee.ScoreChanged) yield return "score";
        if (employee.RankChanged) yield return "rank";
        if (employee.GradeChanged) yield return "grade";
        if (employee.MultiplierChanged) yield return "multiplier";
    }

    private static string Score(decimal? value) => value is { } v ? ValueFormat.Score(v) : "";

    private static string Signed(decimal? value) => value is { } v ? (v > 0 ? "+" : "") + ValueFormat.Score(v) : "";

    private static string Rank(EmployeeStanding? standing) =>
        standing is null ? "" : standing.Rank.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
