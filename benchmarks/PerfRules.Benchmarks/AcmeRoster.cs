using System.Globalization;
using System.Text;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// A deterministic roster for the spec's section 1 plan (acme-sales): one quarter, teams of about 50, values spread
/// so that every curve, tie and veto path is taken. The same rows feed PerfRules and the hand-written baseline.
/// Revenue and receivables come in steps of 1,000 (1,400 and 600 different amounts), or, with <c>cents</c>, to the
/// cent (next to no amount twice), so that no score of an amount can be reused from another employee.
/// </summary>
public sealed class AcmeRoster
{
    public AcmeRoster(int employees, int seed = 20250701, bool cents = false)
    {
        var random = new Random(seed);
        Ids = new string[employees];
        Revenue = new decimal[employees];
        Collected = new decimal[employees];
        Receivable = new decimal[employees];
        NewCustomers = new int[employees];
        Nps = new decimal[employees];
        Complaints = new int[employees];
        DataViolations = new int[employees];
        Team = new string[employees];
        Tenure = new int[employees];
        for (var i = 0; i < employees; i++)
        {
            Ids[i] = "e" + i.ToString("D7", CultureInfo.InvariantCulture);
            Revenue[i] = 1_000_000m + (cents ? random.Next(0, 140_000_000) / 100m : random.Next(0, 1_400) * 1_000m);
            Receivable[i] = 900_000m + (cents ? random.Next(0, 60_000_000) / 100m : random.Next(0, 600) * 1_000m);
            Collected[i] = Math.Round(Receivable[i] * (0.75m + random.Next(0, 260) / 1000m), 2);
            NewCustomers[i] = random.Next(0, 35);
            Nps[i] = random.Next(0, 90);
            Complaints[i] = random.Next(0, 7);
            DataViolations[i] = random.Next(0, 200) == 0 ? 1 : 0;
            Team[i] = "team" + (i % Math.Max(1, employees / 50)).ToString(CultureInfo.InvariantCulture);
            Tenure[i] = random.Next(1, 120);
        }
    }

    public string[] Ids { get; }
    public decimal[] Revenue { get; }
    public decimal[] Collected { get; }
    public decimal[] Receivable { get; }
    public int[] NewCustomers { get; }
    public decimal[] Nps { get; }
    public int[] Complaints { get; }
    public int[] DataViolations { get; }
    public string[] Team { get; }
    public int[] Tenure { get; }
    public int Count => Ids.Length;

    /// <summary>The roster as CSV text in the spec's data format, period 2025-Q3.</summary>
    public string ToCsv()
    {
        var text = new StringWriter(new StringBuilder(Count * 96), CultureInfo.InvariantCulture);
        WriteCsv(text);
        return text.ToString();
    }

    /// <summary>Writes the roster as CSV (spec section 10), one row per employee, period 2025-Q3.</summary>
    public void WriteCsv(TextWriter output)
    {
        output.Write("employee,period,revenue,collected,receivable,new_customers,nps,complaints,data_violations,team,tenure_months\n");
        for (var i = 0; i < Count; i++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{Ids[i]},2025-Q3,{Revenue[i]},{Collected[i]},{Receivable[i]},{NewCustomers[i]},{Nps[i]},{Complaints[i]},{DataViolations[i]},{Team[i]},{Tenure[i]}\n"));
        }
    }

    /// <summary>The roster read through the plan's own CSV reader, as the one snapshot PerfRules evaluates.</summary>
    public PeriodSnapshot ToSnapshot(PerfPlan plan)
    {
        var roster = plan.ReadCsv(new StringReader(ToCsv()), "roster.csv");
        if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
        return roster.Periods[^1];
    }
}
