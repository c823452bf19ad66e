namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// What a RulesEngine host produces for the section 1 plan: the hand-written scorer's standing (shown total, rank,
/// group size, grade, multiplier) plus the shown KPI and dimension scores, so that the agreement check can compare
/// every shown value with PerfRules'.
/// </summary>
public sealed class PeerResults(int employees)
{
    /// <summary>KPI order of the plan: revenue, collection_rate, growth, nps, new_customers, complaints.</summary>
    public const int KpiCount = 6;

    /// <summary>Dimension order of the plan: performance, customer, teamwork.</summary>
    public const int DimensionCount = 3;

    public HandWrittenAcmeScorer.Results Standing { get; } = new(employees);

    /// <summary>Shown KPI scores, [kpi][employee]; null where the KPI is missing and skipped.</summary>
    public decimal?[][] Kpis { get; } = [.. Enumerable.Range(0, KpiCount).Select(_ => new decimal?[employees])];

    /// <summary>Shown dimension scores, [dimension][employee].</summary>
    public decimal?[][] Dimensions { get; } = [.. Enumerable.Range(0, DimensionCount).Select(_ => new decimal?[employees])];

    public bool[] Vetoed { get; } = new bool[employees];

    public bool[] RequirementMet { get; } = new bool[employees];

    /// <summary>
    /// The part every RulesEngine host writes in C#: rules see one employee at a time, so ranks within each team,
    /// and the grades and multipliers that depend on them, are computed after all employees are scored.
    /// </summary>
    public PeerResults RankGradeAndPay(AcmeRoster roster)
    {
        HandWrittenAcmeScorer.Rank(roster, Standing, Vetoed);
        HandWrittenAcmeScorer.GradeAndPay(Standing, RequirementMet, Vetoed);
        return this;
    }

    /// <summary>Shown value: the exact value rounded to 2 decimals, halves away from zero (spec section 4).</summary>
    public static decimal Shown(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);
}
