using PerfRules.Authoring;
using Spectre.Console;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>report --format table</c>: Spectre.Console bar charts of the score histogram, the grades of each group against
/// the plan's <c>top</c> targets, the multipliers, and the vetoes, failed requirements and flags.
/// </summary>
internal static class ReportChartWriter
{
    private const int ChartWidth = 90;

    public static void Write(DistributionReport report, TextWriter output)
    {
        var console = TerminalConsole.Create(output);
        console.Write(new Rule(Markup.Escape(ReportText.Title(report))) { Justification = Justify.Left });

        Chart(console, "Scores: " + ReportText.ScoreSummary(report), report.ScoreBins.Select(b => (b.Label, b.Count)), Color.SteelBlue);
        foreach (var group in report.GradeGroups)
            Chart(console, "Grades, " + ReportText.GroupTitle(group), group.Grades.Select(g => (ReportText.GradeLabel(g), g.Count)), Color.Green);
        if (report.GradeGroups.Length > 1 && report.AllGrades is { } all)
            Chart(console, "Grades, " + ReportText.GroupTitle(all), all.Grades.Select(g => (ReportText.GradeLabel(g), g.Count)), Color.Green);
        Chart(console, "Payout multipliers", report.Multipliers.Select(m => (ReportText.MultiplierLabel(m), m.Count)), Color.Gold3);
        var vetoes = report.VetoedCount == 0 ? "Vetoes" : "Vetoes: " + ReportText.Count(report.VetoedCount, "employee") + " vetoed";
        Chart(console, vetoes, report.Vetoes.Select(v => (v.Reason, v.Count)), Color.Red);
        Chart(console, "Failed requirements", report.FailedRequirements.Select(r => (r.Reason, r.Count)), Color.Orange1);
        Chart(console, "Flags", report.Flags.Select(f => (f.Name, f.Count)), Color.Purple);
    }

    private static void Chart(IAnsiConsole console, string title, IEnumerable<(string Label, int Count)> bars, Color colour)
    {
        console.WriteLine();
        var items = bars.ToList();
        if (items.Count == 0)
        {
            console.WriteLine(title + ": none");
            return;
        }

        var chart = new BarChart { Width = ChartWidth, Label = Markup.Escape(title), LabelAlignment = Justify.Left };
        foreach (var (label, count) in items) chart.AddItem(Markup.Escape(label), count, colour);
        console.Write(chart);
    }
}
