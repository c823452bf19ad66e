namespace PerfRules.Tests.Properties;

/// <summary>What a generated plan may contain, for properties that hold only of some plans.</summary>
/// <param name="Fair">
/// Grade and multiplier conditions read only the ranking (and the grade), and the main ranking starts with
/// <c>score desc</c>: employees equal on every rank key are then equal on everything grades and payout look at.
/// </param>
/// <param name="TopAndAtOnly">Grade lines use only <c>top</c> and <c>at</c>.</param>
/// <param name="Within">The main ranking is <c>within team</c>, and aggregates group <c>by team</c> only.</param>
/// <param name="History">Metrics, flags, grade lines and rank keys read earlier periods.</param>
public sealed record PlanShape(bool Fair = false, bool TopAndAtOnly = false, bool Within = false, bool History = false)
{
    public static PlanShape Any { get; } = new();
}
