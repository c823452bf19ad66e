using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PerfRules.BrowserTests;

/// <summary>
/// The page <c>perfrules report --html</c> writes, opened in headless Chromium: the DOM Chromium builds from it holds
/// every chart with the counts worked out by hand (tests/PerfRules.Tests/Authoring/DistributionReportTests), and a
/// screenshot shows the bars painted. The screenshot is kept in artifacts/browser/ for a person to look at.
/// </summary>
public sealed partial class ReportPageTests(ITestOutputHelper output)
{
    private static readonly Lazy<string> Page = new(WritePage);

    [Fact]
    public void Chromium_builds_every_chart_of_the_report_with_the_hand_worked_counts()
    {
        var dom = Chromium.DumpDom(Page.Value);

        Assert.Contains("<title>Report case: 2025-Q1, 8 employees</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        // Scores 45, 55, 60, 72, 85 one each; 95 and 100 in the last bar; one score missing.
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 2], Counts(Chart(dom, "score-histogram")));
        // north and south: A 1, B 2, C 1 of 4; all employees: 2, 4, 2 of 8; each grade with its target mark.
        Assert.Equal([1, 2, 1], Counts(Chart(dom, "grades-1")));
        Assert.Equal([1, 2, 1], Counts(Chart(dom, "grades-2")));
        Assert.Equal([2, 4, 2], Counts(Chart(dom, "grades-3")));
        Assert.Equal(3, TargetMark().Matches(Chart(dom, "grades-1")).Count);
        // x2: n1, s1; x1: n2, n3, s4; x0: n4 (vetoed), s2 (under 50), s3 (missing score fails the requirement).
        Assert.Equal([2, 3, 3], Counts(Chart(dom, "multiplier-chart")));
        Assert.Equal([1], Counts(Chart(dom, "veto-chart")));
        Assert.Equal([2], Counts(Chart(dom, "requirement-chart")));
        Assert.Equal([1], Counts(Chart(dom, "flag-chart")));
    }

    [Fact]
    public void The_screenshot_shows_the_bars_painted_in_their_colours()
    {
        var png = Path.Combine(Path.GetDirectoryName(Page.Value)!, "report.png");
        File.Delete(png);

        Chromium.Screenshot(Page.Value, png, 1000, 2200);

        var image = PngImage.Read(png);
        Assert.Equal((1000, 2200), (image.Width, image.Height));
        // Each histogram column is 48 pixels wide; the tallest (2 employees) is 180 high, the others 90.
        Assert.True(image.Count(0x3b, 0x6e, 0xa5) > 48 * 90 * 5, "the score histogram's bars are not painted");
        Assert.True(image.Count(0x2e, 0x8b, 0x57) > 1000, "the grade bars are not painted");
        Assert.True(image.Count(0xc0, 0x39, 0x2b) > 100, "the target marks and the veto bar are not painted");
        output.WriteLine($"screenshot: {png}");
    }

    private static string WritePage()
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "browser");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "report.html");
        var cases = Path.Combine(AppContext.BaseDirectory, "Cases");
        var cli = Path.Combine(AppContext.BaseDirectory, "PerfRules.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "report", Path.Combine(cases, "report.perf"), Path.Combine(cases, "report.csv"), "--html", page, "--format", "json" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"perfrules report exited with {process.ExitCode}: {error.Result}");
        return page;
    }

    /// <summary>The markup of one chart, from its svg element to the element's end.</summary>
    private static string Chart(string dom, string id)
    {
        var start = dom.IndexOf($"<svg id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the DOM has no chart '{id}'");
        return dom[start..(dom.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    private static int[] Counts(string chart) =>
        [.. BarCount().Matches(chart).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PerfRules.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No PerfRules.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("<g class=\"bar\" data-label=\"[^\"]*\" data-count=\"(\\d+)\">")]
    private static partial Regex BarCount();

    [GeneratedRegex("<line class=\"target\"")]
    private static partial Regex TargetMark();
}
