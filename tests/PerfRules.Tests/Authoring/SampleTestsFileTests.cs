using PerfRules.Authoring;

namespace PerfRules.Tests.Authoring;

/// <summary>
/// Every sample ships its plan tests: each folder under samples/ that holds a plan.perf has a plan.perf.tests
/// beside it, and it passes.
/// </summary>
public class SampleTestsFileTests
{
    private static string SamplesFolder => Path.Combine(AuthoringCases.RepositoryRoot(), "samples");

    /// <summary>Every sample folder with a plan, whether or not it has tests: a missing tests file must fail.</summary>
    public static TheoryData<string> Samples()
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(SamplesFolder).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(folder, "plan.perf"))) names.Add(Path.GetFileName(folder));
        return names;
    }

    [Fact]
    public void The_samples_are_found_all_seven_of_them()
    {
        Assert.Equal(
            new[] { "acme-sales", "marketing-ranking", "private-domain-ops", "salesperson-kpi-2024", "social-commerce-agents", "weekly-routine", "worked-example" },
            ((IEnumerable<object[]>)Samples()).Select(row => (string)row[0]).ToArray());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_ships_a_tests_file_and_it_passes(string sample)
    {
        var folder = Path.Combine(SamplesFolder, sample);
        var tests = Path.Combine(folder, "plan.perf.tests");
        Assert.True(File.Exists(tests), $"samples/{sample} has a plan.perf but no plan.perf.tests");
        var plan = PerfPlan.CompileFile(Path.Combine(folder, "plan.perf")).Plan!;

        var report = PlanTestSuite.ParseFile(tests).Run(plan);

        Assert.True(report.Success, string.Join("\n", report.Diagnostics.Select(d => d.ToString()).Concat(report.Tests.SelectMany(t => t.Failures).Select(f => f.ToString()))));
        Assert.True(report.Passed >= 3, $"{sample} has {report.Passed} tests; each sample shows at least three");
    }
}
