using BenchmarkDotNet.Attributes;
using PerfRules.Benchmarks.Peers;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// The whole pipeline of the section 1 plan over one quarter (KPI, dimension and total scores with their shown
/// values, veto, rank within team, grade, payout, flags, results in output order) against the hand-written decimal
/// baseline and Microsoft RulesEngine in two layouts, same data, same run. Before anything is timed, every engine
/// must agree with PerfRules on every score, rank, grade and multiplier (the RulesEngine layouts on every shown KPI
/// and dimension score too), once per roster size.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    // One roster per size for every method of the run, checked once: the check runs every engine over the whole roster,
    // which for RulesEngine's README layout at 1,000,000 employees takes minutes.
    private static readonly Dictionary<int, Fixture> Fixtures = [];
    private Fixture _fixture = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        lock (Fixtures)
        {
            if (!Fixtures.TryGetValue(Employees, out _fixture!)) Fixtures[Employees] = _fixture = new Fixture(Employees);
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written C# decimal")]
    public object HandWritten() => HandWrittenAcmeScorer.Score(_fixture.Roster);

    [Benchmark(Description = "PerfRules, 1 thread")]
    public object PerfRulesSingleThread() => _fixture.Plan.Evaluate(_fixture.Snapshot);

    [Benchmark(Description = "PerfRules, all cores")]
    public object PerfRulesParallel() => _fixture.Plan.Evaluate(_fixture.Snapshot, null, EvaluationOptions.AllProcessors);

    [Benchmark(Description = "RulesEngine, one rule (best)")]
    public object RulesEngineBest() => _fixture.Best.Score(_fixture.Roster, _fixture.Inputs);

    [Benchmark(Description = "RulesEngine, rule per KPI (README)")]
    public object RulesEngineReadme() => _fixture.Readme.Score(_fixture.Roster, _fixture.Inputs);

    private sealed class Fixture
    {
        public Fixture(int employees)
        {
            Roster = new AcmeRoster(employees);
            Plan = AcmePlan.Compile();
            Snapshot = Roster.ToSnapshot(Plan);
            Inputs = AcmeEmployee.From(Roster);
            AgreementCheck.Verify(Plan, Snapshot, Roster,
            [
                ("RulesEngine, one rule", () => Best.Score(Roster, Inputs)),
                ("RulesEngine, rule per KPI", () => Readme.Score(Roster, Inputs)),
            ]);
        }

        public AcmeRoster Roster { get; }
        public PerfPlan Plan { get; }
        public PeriodSnapshot Snapshot { get; }
        public AcmeEmployee[] Inputs { get; }
        public RulesEngineBestScorer Best { get; } = new();
        public RulesEngineReadmeScorer Readme { get; } = new();
    }
}
