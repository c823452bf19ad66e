using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>--quick</c>: the in-memory comparisons (scoring at 100,000 employees against the hand-written scorer and both
/// RulesEngine layouts, history over 12 months) with a short job run in this process, ending with one line per
/// comparison: <c>ratio NAME PerfRules-median/other-median</c>, so that a ratio under 1 means PerfRules is faster.
/// The last three lines are <c>handwritten</c>, <c>rulesengine-best</c> and <c>rulesengine-readme</c>.
/// Further arguments go to BenchmarkDotNet (<c>--quick --filter *Scoring*</c>).
/// </summary>
public static class QuickRun
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(StatisticColumn.Median)
            .AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(ScoringBenchmarks) || Parameter(b, nameof(ScoringBenchmarks.Employees)) is 100_000))
            .AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(HistoryBenchmarks) || Parameter(b, nameof(HistoryBenchmarks.Months)) is 12))
            .AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(HistoryBenchmarks) || Parameter(b, nameof(HistoryBenchmarks.Employees)) is 10_000));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(ScoringBenchmarks), typeof(HistoryBenchmarks)])
            .Run(args.Contains("--filter") ? args : [.. args, "--filter", "*"], config)
            .ToList();

        Print(summaries, "handwritten-parallel", nameof(ScoringBenchmarks.PerfRulesParallel), nameof(ScoringBenchmarks.HandWritten));
        Print(summaries, "history-12-months", nameof(HistoryBenchmarks.WithHistory), nameof(HistoryBenchmarks.SinglePeriods));
        Print(summaries, "handwritten", nameof(ScoringBenchmarks.PerfRulesSingleThread), nameof(ScoringBenchmarks.HandWritten));
        Print(summaries, "rulesengine-best", nameof(ScoringBenchmarks.PerfRulesSingleThread), nameof(ScoringBenchmarks.RulesEngineBest));
        Print(summaries, "rulesengine-readme", nameof(ScoringBenchmarks.PerfRulesSingleThread), nameof(ScoringBenchmarks.RulesEngineReadme));
        return 0;
    }

    internal static object? Parameter(BenchmarkCase benchmark, string name) =>
        benchmark.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value;

    private static void Print(IEnumerable<Summary> summaries, string name, string method, string baseline)
    {
        var measured = Median(summaries, method);
        var reference = Median(summaries, baseline);
        if (measured is { } m && reference is { } r)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {name} {m / r:F2}"));
    }

    private static double? Median(IEnumerable<Summary> summaries, string method) => summaries
        .SelectMany(s => s.Reports)
        .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null)?
        .ResultStatistics!.Median;
}
