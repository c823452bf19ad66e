namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// What a RulesEngine host produces for the section 1 plan: the hand-written scorer's standing (shown total, rank,
/// group size, grade, multiplier) plus the shown KPI and dimension scores, so that the agreement check can compare
/// every shown value with PerfRules'.
/// </summary>
public sealed class PeerResults(int employees)
{
    public HandWrittenAcmeScorer.Results Standing { get; } = new(employees);

    /// <summary>Shown KPI scores, [kpi][employee], in the plan's order; null where the KPI is missing and skipped.</summary>
    public decimal?[][] Kpis => Standing.Kpis;

    /// <summary>Shown dimension scores, [dimension][employee], in the plan's order.</summary>
    public decimal?[][] Dimensions => Standing.Dimensions;

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
}
