using BenchmarkDotNet.Attributes;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// What a group aggregate costs (spec 12.2): the section 1 plan as it is; with a KPI on
/// <c>team_share = revenue / 85_000_000</c> (the same metric and KPI, no aggregate); with the share of the team's
/// revenue, <c>revenue / group_sum(revenue by team)</c>; and with the share of the whole roster's. An aggregate is
/// computed once per period and group, so it should cost about one extra pass over the roster (and a sort of the rows
/// by employee id), growing with the roster like the plan itself, never with its square: one group of 100,000 costs
/// what 2,000 groups of 50 do.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AggregateBenchmarks
{
    private PerfPlan _plain = null!;
    private PerfPlan _fixedShare = null!;
    private PerfPlan _teamShare = null!;
    private PerfPlan _rosterShare = null!;
    private PeriodSnapshot _plainSnapshot = null!;
    private PeriodSnapshot _fixedSnapshot = null!;
    private PeriodSnapshot _teamSnapshot = null!;
    private PeriodSnapshot _rosterSnapshot = null!;

    [Params(10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var csv = new AcmeRoster(Employees).ToCsv();
        (_plain, _plainSnapshot) = Load(AcmePlan.Text, csv);
        (_fixedShare, _fixedSnapshot) = Load(WithShareKpi("85_000_000"), csv);
        (_teamShare, _teamSnapshot) = Load(WithShareKpi("group_sum(revenue by team)"), csv);
        (_rosterShare, _rosterSnapshot) = Load(WithShareKpi("group_sum(revenue)"), csv);
    }

    [Benchmark(Baseline = true, Description = "section 1 plan")]
    public object Plain() => _plain.Evaluate(_plainSnapshot);

    [Benchmark(Description = "+ KPI on revenue / 85_000_000")]
    public object FixedShare() => _fixedShare.Evaluate(_fixedSnapshot);

    [Benchmark(Description = "+ KPI on revenue / group_sum(revenue by team)")]
    public object TeamShare() => _teamShare.Evaluate(_teamSnapshot);

    [Benchmark(Description = "+ KPI on revenue / group_sum(revenue)")]
    public object RosterShare() => _rosterShare.Evaluate(_rosterSnapshot);

    /// <summary>The section 1 plan with a share metric scored by half of the teamwork dimension.</summary>
    private static string WithShareKpi(string denominator)
    {
        var text = Replace(AcmePlan.Text, "metric collection_rate", $"metric team_share = revenue / {denominator}\nmetric collection_rate");
        return Replace(text, "kpi complaints weight 100% linear from 5 to 0",
            "kpi complaints weight 50% linear from 5 to 0\n  kpi team_share weight 50% linear from 0% to 4%");
    }

    private static string Replace(string text, string old, string replacement) =>
        text.Contains(old, StringComparison.Ordinal)
            ? text.Replace(old, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The section 1 plan no longer contains '{old}'.");

    private static (PerfPlan Plan, PeriodSnapshot Snapshot) Load(string text, string csv)
    {
        var compiled = PerfPlan.Compile(text, "acme-sales.perf");
        if (!compiled.Success) throw new InvalidOperationException(string.Join("\n", compiled.Diagnostics));
        var roster = compiled.Plan.ReadCsv(new StringReader(csv), "roster.csv");
        if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
        return (compiled.Plan, roster.Periods[^1]);
    }
}
