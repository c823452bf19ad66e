namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// One employee's inputs for the section 1 plan as a RulesEngine user would pass them: a plain object whose properties
/// the rule expressions read (<c>input1.Revenue</c>). Counts are decimals too, so that every expression stays in
/// decimal arithmetic without conversions.
/// </summary>
public sealed class AcmeEmployee
{
    public decimal Revenue { get; init; }
    public decimal Collected { get; init; }
    public decimal Receivable { get; init; }
    public decimal NewCustomers { get; init; }
    public decimal Nps { get; init; }
    public decimal Complaints { get; init; }
    public decimal DataViolations { get; init; }

    /// <summary>Last quarter's revenue; null for one period without history, so that growth is missing and skipped.</summary>
    public decimal? PreviousRevenue { get; init; }

    public static AcmeEmployee[] From(AcmeRoster roster)
    {
        var employees = new AcmeEmployee[roster.Count];
        for (var i = 0; i < employees.Length; i++)
        {
            employees[i] = new AcmeEmployee
            {
                Revenue = roster.Revenue[i],
                Collected = roster.Collected[i],
                Receivable = roster.Receivable[i],
                NewCustomers = roster.NewCustomers[i],
                Nps = roster.Nps[i],
                Complaints = roster.Complaints[i],
                DataViolations = roster.DataViolations[i],
            };
        }

        return employees;
    }
}
