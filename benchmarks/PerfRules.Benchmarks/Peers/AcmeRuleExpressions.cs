namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// The section 1 plan's KPI curves, veto and payout requirement as RulesEngine expressions (System.Linq.Dynamic.Core
/// syntax over <c>input1</c>, an <see cref="AcmeEmployee"/>). Every literal carries the <c>m</c> suffix: without it
/// Dynamic LINQ reads <c>0.8</c> as a double, and the scores must be System.Decimal arithmetic in the spec's order
/// (section 11): <c>linear</c> is (v - A) / (B - A) * 100, then clamped; a prorated ladder adds P * s with s clamped
/// to [0, 1].
/// </summary>
public static class AcmeRuleExpressions
{
    public const string Revenue =
        "input1.Revenue >= 2000000m ? 100m"
        + " : input1.Revenue >= 1800000m ? 60m + 25m + 15m * Math.Max(0m, Math.Min(1m, (input1.Revenue - 1800000m) / (2000000m - 1800000m)))"
        + " : input1.Revenue >= 1500000m ? 60m + 25m * Math.Max(0m, Math.Min(1m, (input1.Revenue - 1500000m) / (1800000m - 1500000m)))"
        + " : 0m";

    /// <summary>collection_rate exists where receivable is not 0 (a division by zero is missing, not an error).</summary>
    public const string HasCollectionRate = "input1.Receivable != 0m";

    public const string CollectionRate = "input1.Collected / input1.Receivable";

    public const string Collection = "Math.Max(0m, Math.Min(100m, (" + CollectionRate + " - 0.80m) / (1.00m - 0.80m) * 100m))";

    /// <summary>growth needs last quarter's revenue (and a non-zero one); without it the KPI is skipped.</summary>
    public const string HasGrowth = "input1.PreviousRevenue != null && input1.PreviousRevenue != 0m";

    public const string Growth = "Math.Max(0m, Math.Min(100m, (input1.Revenue / input1.PreviousRevenue.Value - 1m - 0m) / (0.30m - 0m) * 100m))";

    public const string Nps = "input1.Nps >= 60m ? 100m : input1.Nps >= 40m ? 70m : input1.Nps >= 20m ? 40m : 0m";

    public const string NewCustomers = "Math.Max(0m, Math.Min(100m, (input1.NewCustomers - 0m) / (30m - 0m) * 100m))";

    public const string Complaints = "Math.Max(0m, Math.Min(100m, (input1.Complaints - 5m) / (0m - 5m) * 100m))";

    public const string Veto = "input1.DataViolations > 0m";

    public const string Requirement = HasCollectionRate + " && " + CollectionRate + " >= 0.95m";
}
