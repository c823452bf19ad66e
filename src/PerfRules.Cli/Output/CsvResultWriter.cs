using PerfRules.Results;
using PerfRules.Text;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>--format csv</c> exactly as spec sections 10 and 12.8: the nine fixed columns, then <c>profile</c> (when the
/// plan has profiles), one <c>rank_NAME</c> per named ranking, one column per levels block, one per award.
/// </summary>
internal static class CsvResultWriter
{
    public static void Write(PerfPlan plan, EvaluationResult result, TextWriter output)
    {
        var hasProfiles = plan.Profiles.Length > 1;
        var header = new List<string> { "employee", "period", "group", "score", "rank", "group_size", "grade", "multiplier", "flags" };
        if (hasProfiles) header.Add("profile");
        header.AddRange(plan.Rankings.Select(r => "rank_" + r));
        header.AddRange(plan.Levels);
        header.AddRange(plan.Awards);
        WriteRow(output, header);

        var cells = new List<string>(header.Count);
        foreach (var employee in result.Employees)
        {
            cells.Clear();
            cells.Add(employee.Employee);
            cells.Add(employee.Period.ToString());
            cells.Add(employee.Group);
            cells.Add(employee.Score is { } score ? ValueFormat.Score(score) : "");
            cells.Add(employee.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cells.Add(employee.GroupSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cells.Add(employee.Grade ?? "");
            cells.Add(ValueFormat.Trimmed(employee.Multiplier));
            cells.Add(string.Join(";", employee.Flags.Select(f => f.Name)));
            if (hasProfiles) cells.Add(employee.Profile);
            cells.AddRange(employee.Rankings.Select(r => r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            cells.AddRange(employee.Levels.Select(l => l.Level));
            cells.AddRange(employee.Awards.Select(a => a.Amount is { } amount ? ValueFormat.Score(amount) : ""));
            WriteRow(output, cells);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) output.Write(',');
            output.Write(Quote(cells[i]));
        }

        output.Write('\n');
    }

    // RFC 4180: quote a cell that holds a comma, a quote or a line break, doubling its quotes.
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
