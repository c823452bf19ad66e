using BenchmarkDotNet.Attributes;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// The section 1 pipeline on one thread, PerfRules against the hand-written scorer, on the usual roster (amounts in
/// steps of 1,000) and on one whose amounts run to the cent. The generated scorers remember each curve's score for the
/// values they have seen (<c>CurveMemo</c>); with amounts to the cent only the counts repeat, so this shows what the
/// memo is worth and what it costs where it finds nothing. Both rosters are checked for agreement first.
/// </summary>
[MemoryDiagnoser]
public class DistinctAmountsBenchmarks
{
    private static readonly Dictionary<(int, bool), (AcmeRoster Roster, PerfPlan Plan, PeriodSnapshot Snapshot)> Fixtures = [];
    private (AcmeRoster Roster, PerfPlan Plan, PeriodSnapshot Snapshot) _fixture;

    [Params(100_000, 1_000_000)]
    public int Employees { get; set; }

    [Params(false, true)]
    public bool Cents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        lock (Fixtures)
        {
            if (Fixtures.TryGetValue((Employees, Cents), out _fixture)) return;
            var roster = new AcmeRoster(Employees, cents: Cents);
            var plan = AcmePlan.Compile();
            var snapshot = roster.ToSnapshot(plan);
            AgreementCheck.Verify(plan, snapshot, roster);
            Fixtures[(Employees, Cents)] = _fixture = (roster, plan, snapshot);
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written C# decimal")]
    public object HandWritten() => HandWrittenAcmeScorer.Score(_fixture.Roster);

    [Benchmark(Description = "PerfRules, 1 thread")]
    public object PerfRulesSingleThread() => _fixture.Plan.Evaluate(_fixture.Snapshot);
}
