using System.Diagnostics;
using System.Globalization;

namespace PerfRules.Benchmarks;

/// <summary>
/// Evaluations over and over and nothing else, for a sampling profiler to watch:
/// <c>dotnet-trace collect --format Speedscope -- dotnet PerfRules.Benchmarks.dll --evaluate-loop 100000 40</c>.
/// </summary>
public static class ProfilerLoops
{
    /// <summary><c>--evaluate-loop [N] [RUNS]</c>: the section 1 plan over N employees, single-threaded.</summary>
    public static int Evaluate(int employees, int runs)
    {
        var plan = AcmePlan.Compile();
        var snapshot = new AcmeRoster(employees).ToSnapshot(plan);
        return Repeat(runs, $"evaluations of {employees:N0} employees", () => plan.Evaluate(snapshot));
    }

    /// <summary><c>--history-loop [N] [MONTHS] [RUNS]</c>: the monthly plan's last month with the earlier months as history.</summary>
    public static int History(int employees, int months, int runs)
    {
        var plan = MonthlyPlan.Compile();
        var snapshots = MonthlyRoster.Snapshots(plan, employees, months);
        return Repeat(runs, $"evaluations of {months} months of {employees:N0} employees", () => plan.Evaluate(snapshots[^1], snapshots));
    }

    /// <summary><c>--rulesengine-loop [N] [RUNS] [readme]</c>: RulesEngine's one-rule layout (or its README layout) over N employees.</summary>
    public static int RulesEngine(int employees, int runs, bool readme)
    {
        var roster = new AcmeRoster(employees);
        var inputs = Peers.AcmeEmployee.From(roster);
        Func<object> score;
        if (readme)
        {
            var scorer = new Peers.RulesEngineReadmeScorer();
            score = () => scorer.Score(roster, inputs);
        }
        else
        {
            var scorer = new Peers.RulesEngineBestScorer();
            score = () => scorer.Score(roster, inputs);
        }

        score(); // compiles the rules
        return Repeat(runs, $"RulesEngine ({(readme ? "README" : "one rule")}) scorings of {employees:N0} employees", score);
    }

    private static int Repeat(int runs, string what, Func<object> evaluate)
    {
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++) GC.KeepAlive(evaluate());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} {what}: {clock.Elapsed.TotalMilliseconds / runs:F1} ms each"));
        return 0;
    }
}
