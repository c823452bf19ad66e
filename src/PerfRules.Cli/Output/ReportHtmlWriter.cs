using System.Text;
using PerfRules.Authoring;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>report --html FILE</c>: one self-contained page (inline CSS and SVG, no script, nothing fetched from anywhere)
/// with the charts of the terminal report, that an HR lead can open or mail on.
/// </summary>
internal static class ReportHtmlWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; max-width: 60rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        h3 { font-size: 1rem; margin-bottom: 0.25rem; }
        p.summary { color: #555; } svg.chart text { font-size: 13px; fill: #222; }
        p.none { color: #777; font-style: italic; }
        """;

    private const string EndSection = "\n</section>\n";

    public static string Write(DistributionReport report)
    {
        var page = new StringBuilder();
        var title = SvgBarChart.Encode(ReportText.Title(report));
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append($"<title>{title}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<h1>{title}</h1>\n");

        Section(page, "scores", "Scores", ReportText.ScoreSummary(report));
        page.Append(SvgBarChart.Columns("score-histogram", "Score distribution", [.. report.ScoreBins.Select(b => new SvgBar(b.Label, b.Count, b.Count))], "#3b6ea5"));
        page.Append(EndSection);

        Section(page, "grades", "Grades against the plan's top targets", report.GradeGroups.IsEmpty ? "the plan has no grades" : "bar: share of the group; red mark: the share the grade's top aims at");
        var groups = report.GradeGroups.ToList();
        if (groups.Count > 1 && report.AllGrades is { } all) groups.Add(all);
        for (var g = 0; g < groups.Count; g++)
        {
            page.Append($"<h3>{SvgBarChart.Encode(ReportText.GroupTitle(groups[g]))}</h3>\n");
            var bars = groups[g].Grades.Select(s => new SvgBar(s.Grade, s.Count, s.Share, s.TargetShare, ShareNote(s))).ToList();
            page.Append(SvgBarChart.Rows($"grades-{g + 1}", "Grades, " + ReportText.GroupTitle(groups[g]), bars, "#2e8b57"));
        }

        page.Append(EndSection);
        Section(page, "multipliers", "Payout multipliers", null);
        Rows(page, "multiplier-chart", "Payout multipliers", report.Multipliers.Select(m => (ReportText.MultiplierLabel(m), m.Count)), "#b8860b");
        Section(page, "vetoes", "Vetoes", ReportText.Count(report.VetoedCount, "employee") + " vetoed");
        Rows(page, "veto-chart", "Vetoes", report.Vetoes.Select(v => (v.Reason, v.Count)), "#c0392b");
        Section(page, "requirements", "Failed requirements", null);
        Rows(page, "requirement-chart", "Failed requirements", report.FailedRequirements.Select(r => (r.Reason, r.Count)), "#d35400");
        Section(page, "flags", "Flags raised", null);
        Rows(page, "flag-chart", "Flags raised", report.Flags.Select(f => (f.Name, f.Count)), "#7d3c98");
        return page.Append("\n</body>\n</html>\n").ToString();
    }

    private static void Section(StringBuilder page, string id, string heading, string? summary)
    {
        page.Append($"\n<section id=\"{id}\">\n<h2>{SvgBarChart.Encode(heading)}</h2>\n");
        if (summary is not null) page.Append($"<p class=\"summary\">{SvgBarChart.Encode(summary)}</p>\n");
    }

    private static void Rows(StringBuilder page, string id, string title, IEnumerable<(string Label, int Count)> items, string colour)
    {
        var bars = items.Select(i => new SvgBar(i.Label, i.Count, i.Count)).ToList();
        page.Append(bars.Count == 0 ? "<p class=\"none\">none</p>\n" : SvgBarChart.Rows(id, title, bars, colour));
        page.Append(EndSection);
    }

    private static string ShareNote(GradeShare share) =>
        "(" + ReportText.Percent(share.Share) + (share.TargetShare is { } target ? ", target " + ReportText.Percent(target) : "") + ")";
}
