using BenchmarkDotNet.Attributes;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// History cost: scoring the last month with every earlier month as history (each earlier month is evaluated in
/// order, then the last one, whose metrics and flags read back through <c>previous</c>, <c>sum</c>, <c>avg</c> and
/// <c>streak</c>) against evaluating each month alone, without history, once. Their ratio stays flat as the months
/// grow when history costs a constant amount per period and employee.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private PerfPlan _plan = null!;
    private IReadOnlyList<PeriodSnapshot> _months = null!;

    [Params(10_000)]
    public int Employees { get; set; }

    [Params(3, 6, 12, 24)]
    public int Months { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = MonthlyPlan.Compile();
        _months = MonthlyRoster.Snapshots(_plan, Employees, Months);
        var result = _plan.Evaluate(_months[^1], _months);
        if (result.HasErrors || result.HistoryPeriods.Length != Months - 1)
            throw new InvalidOperationException("The monthly roster does not evaluate with its history.");
        if (!result.Employees.Any(e => e.Flags.Any(f => f.Name == "rising_star")))
            throw new InvalidOperationException("No streak of three months: the history benchmark would not exercise streak().");
    }

    [Benchmark(Baseline = true, Description = "each month alone, no history")]
    public int SinglePeriods()
    {
        var scored = 0;
        foreach (var month in _months) scored += _plan.Evaluate(month).Employees.Length;
        return scored;
    }

    [Benchmark(Description = "last month with the earlier months as history")]
    public object WithHistory() => _plan.Evaluate(_months[^1], _months);
}
