using PerfRules.Authoring;

namespace PerfRules.Tests.Authoring;

/// <summary>Every sample ships a plan.perf.tests beside its plan, and every test in it passes.</summary>
public class SampleTestsFileTests
{
    public static TheoryData<string> Samples()
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(AuthoringCases.RepositoryRoot(), "samples")).Order(StringComparer.Ordinal))
            names.Add(Path.GetFileName(folder));
        return names;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_has_a_tests_file_that_passes(string sample)
    {
        var folder = Path.Combine(AuthoringCases.RepositoryRoot(), "samples", sample);
        var plan = PerfPlan.CompileFile(Path.Combine(folder, "plan.perf")).Plan!;

        var report = PlanTestSuite.ParseFile(Path.Combine(folder, "plan.perf.tests")).Run(plan);

        Assert.True(report.Success, string.Join("\n", report.Diagnostics.Select(d => d.ToString()).Concat(report.Tests.SelectMany(t => t.Failures).Select(f => f.ToString()))));
        Assert.True(report.Passed >= 3, $"{sample} has {report.Passed} tests; each sample shows at least three");
    }
}
