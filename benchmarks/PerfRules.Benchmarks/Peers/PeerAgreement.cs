using System.Diagnostics;
using System.Globalization;

namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// <c>--agree [N]</c>: runs the agreement check of every engine on an N-employee roster (what the scoring benchmarks
/// do before timing) and prints how long each engine took once, as a first look before a benchmark run.
/// </summary>
public static class PeerAgreement
{
    public static int Run(int employees)
    {
        var roster = new AcmeRoster(employees);
        var plan = AcmePlan.Compile();
        var snapshot = roster.ToSnapshot(plan);
        var inputs = AcmeEmployee.From(roster);
        var (best, readme) = (new RulesEngineBestScorer(), new RulesEngineReadmeScorer());
        AgreementCheck.Verify(plan, snapshot, roster,
        [
            ("RulesEngine, one rule", () => Timed("RulesEngine, one rule (first run, with compile)", () => best.Score(roster, inputs))),
            ("RulesEngine, rule per KPI", () => Timed("RulesEngine, rule per KPI (first run, with compile)", () => readme.Score(roster, inputs))),
        ]);
        Timed("hand-written", () => HandWrittenAcmeScorer.Score(roster));
        Timed("PerfRules, 1 thread", () => plan.Evaluate(snapshot));
        Timed("RulesEngine, one rule", () => best.Score(roster, inputs));
        Timed("RulesEngine, rule per KPI", () => readme.Score(roster, inputs));
        return 0;
    }

    private static T Timed<T>(string what, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        var value = action();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalMilliseconds:F0} ms"));
        return value;
    }
}
