namespace PerfRules.Benchmarks;

/// <summary>
/// The spec's section 1 plan written by hand in C# decimal arithmetic, for one period without history (growth is
/// missing and skipped; the history flags cannot hold). This is the baseline PerfRules is measured against: the same
/// arithmetic with no interpreter.
/// </summary>
public static class HandWrittenAcmeScorer
{
    public sealed class Results(int n)
    {
        public decimal?[] Score { get; } = new decimal?[n];
        public int[] Rank { get; } = new int[n];
        public int[] GroupSize { get; } = new int[n];
        public string[] Grade { get; } = new string[n];
        public decimal[] Multiplier { get; } = new decimal[n];

        /// <summary>
        /// KPI scores, [kpi][employee], in the plan's order: revenue, collection_rate, growth, nps, new_customers,
        /// complaints; null where missing and skipped. The hand-written scorer keeps exact scores, as PerfRules does,
        /// and the shown value is rounded from them when read; the RulesEngine hosts keep shown ones.
        /// </summary>
        public decimal?[][] Kpis { get; } = [.. Enumerable.Range(0, KpiCount).Select(_ => new decimal?[n])];

        /// <summary>Dimension scores, [dimension][employee], in the plan's order: performance, customer, teamwork; exact or shown as the KPIs'.</summary>
        public decimal?[][] Dimensions { get; } = [.. Enumerable.Range(0, DimensionCount).Select(_ => new decimal?[n])];
    }

    public const int KpiCount = 6;

    public const int DimensionCount = 3;

    private static readonly string[] Grades = ["S", "A", "B", "C", "D"];

    public static Results Score(AcmeRoster roster)
    {
        var n = roster.Count;
        var results = new Results(n);
        var requirementMet = new bool[n];
        var vetoed = new bool[n];
        ScoreRows(roster, results, requirementMet, vetoed);
        Rank(roster, results, vetoed);
        GradeAndPay(results, requirementMet, vetoed);
        return results;
    }

    /// <summary>
    /// Collection rate, KPI, dimension and total scores (every one kept, as the plan's results keep them; the total
    /// shown, since ranking reads it), the payout's requirement and the veto, row by row.
    /// </summary>
    internal static void ScoreRows(AcmeRoster roster, Results results, bool[] requirementMet, bool[] vetoed)
    {
        var (kpis, dimensions) = (results.Kpis, results.Dimensions);
        for (var i = 0; i < roster.Count; i++)
        {
            decimal? rate = roster.Receivable[i] == 0m ? null : roster.Collected[i] / roster.Receivable[i];
            requirementMet[i] = rate is { } c && c >= 0.95m;
            var revenueScore = Ladder(roster.Revenue[i]);
            var collectionScore = rate is { } r ? Linear(r, 0.8m, 1.0m) : 0m;
            var npsScore = Bands(roster.Nps[i]);
            var newCustomersScore = Linear(roster.NewCustomers[i], 0m, 30m);
            var complaintsScore = Linear(roster.Complaints[i], 5m, 0m);
            // growth is missing without history and skipped: the remaining weights 50% + 30% are divided out.
            var performance = (0.5m * revenueScore + 0.3m * collectionScore) / 0.8m;
            var customer = 0.5m * npsScore + 0.5m * newCustomersScore;
            var teamwork = 1.0m * complaintsScore;
            var total = 0.6m * performance + 0.2m * customer + 0.2m * teamwork;
            (kpis[0][i], kpis[1][i], kpis[3][i], kpis[4][i], kpis[5][i]) = (revenueScore, collectionScore, npsScore, newCustomersScore, complaintsScore);
            (dimensions[0][i], dimensions[1][i], dimensions[2][i]) = (performance, customer, teamwork);
            results.Score[i] = Shown(total);
            vetoed[i] = roster.DataViolations[i] > 0;
        }
    }

    /// <summary>Shown value: the exact value rounded to 2 decimals, halves away from zero (spec section 4).</summary>
    public static decimal Shown(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);

    /// <summary>Grade lines and payout lines from the ranks (shared with the RulesEngine hosts, which rank and grade in C# too).</summary>
    internal static void GradeAndPay(Results results, bool[] requirementMet, bool[] vetoed)
    {
        for (var i = 0; i < results.Rank.Length; i++)
        {
            var (rank, size, score) = (results.Rank[i], results.GroupSize[i], results.Score[i]!.Value);
            results.Grade[i] = vetoed[i] ? "D"
                : Top(rank, size, 0.05m) && score >= 85m ? Grades[0]
                : Top(rank, size, 0.20m) ? Grades[1]
                : Top(rank, size, 0.70m) ? Grades[2]
                : Top(rank, size, 0.90m) ? Grades[3]
                : Grades[4];
            results.Multiplier[i] = vetoed[i] || !requirementMet[i] ? 0m
                : Top(rank, size, 0.10m) ? 3m
                : Top(rank, size, 0.30m) ? 2m
                : 1m;
        }
    }

    private static bool Top(int rank, int size, decimal share) => (rank - 1m) / size < share;

    private static decimal Linear(decimal v, decimal from, decimal to)
    {
        var s = (v - from) / (to - from) * 100m;
        return s < 0m ? 0m : s > 100m ? 100m : s;
    }

    private static decimal Ladder(decimal v)
    {
        if (v < 1_500_000m) return 0m;
        if (v < 1_800_000m) return 60m + 25m * Share(v, 1_500_000m, 1_800_000m);
        if (v < 2_000_000m) return 85m + 15m * Share(v, 1_800_000m, 2_000_000m);
        return 100m;
    }

    private static decimal Share(decimal v, decimal from, decimal to)
    {
        var s = (v - from) / (to - from);
        return s < 0m ? 0m : s > 1m ? 1m : s;
    }

    private static decimal Bands(decimal nps) => nps >= 60m ? 100m : nps >= 40m ? 70m : nps >= 20m ? 40m : 0m;

    /// <summary>Competition ranks within each team: not vetoed first, then score and revenue, both descending.</summary>
    internal static void Rank(AcmeRoster roster, Results results, bool[] vetoed)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < roster.Count; i++)
        {
            if (!groups.TryGetValue(roster.Team[i], out var list)) groups[roster.Team[i]] = list = [];
            list.Add(i);
        }

        var comparer = Comparer<int>.Create((a, b) =>
        {
            var order = vetoed[a].CompareTo(vetoed[b]);
            if (order == 0) order = results.Score[b]!.Value.CompareTo(results.Score[a]!.Value);
            if (order == 0) order = roster.Revenue[b].CompareTo(roster.Revenue[a]);
            return order;
        });
        foreach (var list in groups.Values)
        {
            var rows = list.ToArray();
            Array.Sort(rows, comparer);
            for (var k = 0; k < rows.Length; k++)
            {
                results.Rank[rows[k]] = k > 0 && comparer.Compare(rows[k - 1], rows[k]) == 0 ? results.Rank[rows[k - 1]] : k + 1;
                results.GroupSize[rows[k]] = rows.Length;
            }
        }
    }
}
