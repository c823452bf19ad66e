using PerfRules.Tests.Cli;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfRules.Tests.Samples;

/// <summary>
/// Every sample under samples/ scored by the real command line, its output pinned as a snapshot; the acme sample's
/// output is also held to the CSV its README works out by hand.
/// </summary>
public sealed class SampleOutputTests
{
    public static TheoryData<string> SampleNames()
    {
        var names = new TheoryData<string>();
        foreach (var folder in SampleFolders())
            names.Add(Path.GetFileName(folder));
        return names;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_scores_to_its_pinned_csv_output(string sample)
    {
        var output = Score(sample, "--format", "csv");

        Snapshot.Match(Lines(output), SnapshotNameExtension.Create(sample));
    }

    [Fact]
    public void The_acme_sample_scores_exactly_to_the_csv_its_readme_works_out()
    {
        var readme = File.ReadAllText(Path.Combine(SamplesFolder, "acme-sales", "README.md")).ReplaceLineEndings("\n");
        var summary = readme.IndexOf("The expected <code>--format csv</code> output", StringComparison.Ordinal);
        Assert.True(summary >= 0, "the README has lost its expected output");
        var start = readme.IndexOf("```\n", summary, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var expected = readme[start..end];

        Assert.StartsWith("employee,period,group,score,rank,group_size,grade,multiplier,flags\n", expected, StringComparison.Ordinal);
        Assert.Equal(31, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(expected, Score("acme-sales", "--format", "csv"));
    }

    [Fact]
    public void The_worked_example_sample_scores_to_its_pinned_json_output()
    {
        var output = Score("worked-example", "--format", "json");

        Snapshot.Match(Lines(output));
    }

    [Fact]
    public void A_sample_ranked_within_chinese_team_names_prints_a_table_whose_columns_stay_aligned()
    {
        var output = Score("private-domain-ops", "--format", "table");

        Assert.Contains("私域一组", output, StringComparison.Ordinal);
        // Every line of a table (from its top border to its bottom border) is as wide on screen as its border,
        // counting an East Asian wide character as two cells, as a terminal does.
        var lines = Lines(output);
        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('╭')) continue;
            tables++;
            var width = TerminalWidth(lines[i]);
            for (var j = i + 1; j < lines.Length && !lines[j - 1].StartsWith('╰'); j++)
                Assert.True(width == TerminalWidth(lines[j]), $"line {j + 1} is {TerminalWidth(lines[j])} cells wide, not {width}: {lines[j]}");
        }

        Assert.Equal(3, tables);
        Snapshot.Match(lines);
    }

    private static string Score(string sample, params string[] options)
    {
        var folder = Path.Combine(SamplesFolder, sample);
        string[] args = ["score", Path.Combine(folder, "plan.perf"), Path.Combine(folder, "roster.csv"), .. options];
        var outcome = CliRunner.Run(args);
        Assert.Equal("", outcome.Error);
        Assert.Equal(0, outcome.ExitCode);
        return outcome.Out;
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Cells a terminal gives the text: 2 for the East Asian wide and full-width ranges, 1 otherwise.</summary>
    private static int TerminalWidth(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            var wide = c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
                or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
            width += wide ? 2 : 1;
        }

        return width;
    }

    internal static string SamplesFolder { get; } = Path.Combine(RepositoryRoot(), "samples");

    /// <summary>
    /// The folders under samples/ that hold a plan, in ordinal order; samples/HostApp is a program that consumes the
    /// package, not a plan.
    /// </summary>
    internal static IEnumerable<string> SampleFolders() =>
        Directory.GetDirectories(SamplesFolder).Where(f => File.Exists(Path.Combine(f, "plan.perf"))).Order(StringComparer.Ordinal);

    /// <summary>The folder holding PerfRules.sln, found by walking up from where the tests run.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PerfRules.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException($"No PerfRules.sln above {AppContext.BaseDirectory}.");
    }
}
