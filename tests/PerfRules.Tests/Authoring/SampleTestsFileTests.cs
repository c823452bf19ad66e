using PerfRules.Authoring;

namespace PerfRules.Tests.Authoring;

/// <summary>
/// Every plan.perf.tests shipped beside a sample's plan passes. The samples rewritten for version 1.1 (marketing,
/// private-domain, salesperson, social commerce, weekly routine) do not ship one yet.
/// </summary>
public class SampleTestsFileTests
{
    public static TheoryData<string> Samples()
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(AuthoringCases.RepositoryRoot(), "samples")).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(folder, "plan.perf.tests"))) names.Add(Path.GetFileName(folder));
        return names;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_tests_file_passes(string sample)
    {
        var folder = Path.Combine(AuthoringCases.RepositoryRoot(), "samples", sample);
        var plan = PerfPlan.CompileFile(Path.Combine(folder, "plan.perf")).Plan!;

        var report = PlanTestSuite.ParseFile(Path.Combine(folder, "plan.perf.tests")).Run(plan);

        Assert.True(report.Success, string.Join("\n", report.Diagnostics.Select(d => d.ToString()).Concat(report.Tests.SelectMany(t => t.Failures).Select(f => f.ToString()))));
        Assert.True(report.Passed >= 3, $"{sample} has {report.Passed} tests; each sample shows at least three");
    }
}
