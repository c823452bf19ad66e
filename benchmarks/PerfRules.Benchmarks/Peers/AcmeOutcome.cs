namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// The shape in which RulesEngine's one-rule layout hands its values back: a plain carrier, registered with
/// RulesEngine as a custom type and built by the rule's last local parameter (<c>AcmeOutcome(...)</c>), so that the
/// host reads one value from the result instead of one per local parameter. It computes nothing.
/// </summary>
public sealed class AcmeOutcome(
    decimal revenue, decimal collection, decimal growth, decimal nps, decimal newCustomers, decimal complaints,
    decimal performance, decimal customer, decimal teamwork, decimal total, bool hasGrowth, bool vetoed, bool requirementMet)
{
    /// <summary>Shown KPI scores in plan order; growth's is meaningless where <see cref="HasGrowth"/> is false.</summary>
    public decimal[] Kpis { get; } = [revenue, collection, growth, nps, newCustomers, complaints];

    /// <summary>Shown dimension scores in plan order.</summary>
    public decimal[] Dimensions { get; } = [performance, customer, teamwork];

    public decimal Total { get; } = total;
    public bool HasGrowth { get; } = hasGrowth;
    public bool Vetoed { get; } = vetoed;
    public bool RequirementMet { get; } = requirementMet;
}
