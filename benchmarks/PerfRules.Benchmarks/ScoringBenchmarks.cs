using BenchmarkDotNet.Attributes;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// The whole pipeline of the section 1 plan over one quarter (KPI, dimension and total scores with their shown
/// values, veto, rank within team, grade, payout, flags, results in output order) against the hand-written decimal
/// baseline, same data, same run. Before timing, both engines must agree on every score, rank, grade and multiplier.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private AcmeRoster _roster = null!;
    private PerfPlan _plan = null!;
    private PeriodSnapshot _snapshot = null!;

    [Params(100_000, 1_000_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _roster = new AcmeRoster(Employees);
        _plan = AcmePlan.Compile();
        _snapshot = _roster.ToSnapshot(_plan);
        AgreementCheck.Verify(_plan, _snapshot, _roster);
    }

    [Benchmark(Baseline = true, Description = "hand-written C# decimal")]
    public object HandWritten() => HandWrittenAcmeScorer.Score(_roster);

    [Benchmark(Description = "PerfRules, 1 thread")]
    public object PerfRulesSingleThread() => _plan.Evaluate(_snapshot);

    [Benchmark(Description = "PerfRules, all cores")]
    public object PerfRulesParallel() => _plan.Evaluate(_snapshot, null, EvaluationOptions.AllProcessors);
}
