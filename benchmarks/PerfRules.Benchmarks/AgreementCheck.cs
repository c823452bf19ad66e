using System.Globalization;
using PerfRules.Benchmarks.Peers;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// Fails loudly when PerfRules and any other engine disagree, so no benchmark times a wrong answer. PerfRules'
/// result is the reference; every other engine must match its shown KPI, dimension and total scores, rank, group size,
/// grade and multiplier.
/// </summary>
public static class AgreementCheck
{
    public static void Verify(PerfPlan plan, PeriodSnapshot snapshot, AcmeRoster roster) => Verify(plan, snapshot, roster, []);

    public static void Verify(PerfPlan plan, PeriodSnapshot snapshot, AcmeRoster roster, IEnumerable<(string Engine, Func<PeerResults> Score)> peers)
    {
        var reference = new Reference(plan, snapshot, roster.Count);
        var failures = new List<string>();
        Compare("hand-written", HandWrittenAcmeScorer.Score(roster), reference, failures);
        foreach (var (engine, score) in peers) Compare(engine, score().Standing, reference, failures);
        if (failures.Count > 0) throw new InvalidOperationException(string.Join("\n", failures));
    }

    private static void Compare(string engine, HandWrittenAcmeScorer.Results standing, Reference reference, List<string> failures)
    {
        var mismatches = 0;
        for (var i = 0; i < reference.Count; i++)
        {
            var same = standing.Score[i] == reference.Score[i] && standing.Rank[i] == reference.Rank[i] && standing.GroupSize[i] == reference.GroupSize[i]
                && standing.Grade[i] == reference.Grade[i] && standing.Multiplier[i] == reference.Multiplier[i]
                // Without history neither flag of the plan can hold: previous() is missing and no streak passes 1.
                && !reference.Flagged[i];
            for (var k = 0; k < HandWrittenAcmeScorer.KpiCount; k++) same &= Shown(standing.Kpis[k][i]) == reference.Kpis[k][i];
            for (var d = 0; d < HandWrittenAcmeScorer.DimensionCount; d++) same &= Shown(standing.Dimensions[d][i]) == reference.Dimensions[d][i];
            if (same) continue;
            if (mismatches++ < 5)
                Console.Error.WriteLine(FormattableString.Invariant(
                    $"e{i:D7}: PerfRules {reference.Score[i]} {reference.Rank[i]}/{reference.GroupSize[i]} {reference.Grade[i]} x{reference.Multiplier[i]} {Parts(reference.Kpis, reference.Dimensions, i)}, ")
                    + FormattableString.Invariant($"{engine} {standing.Score[i]} {standing.Rank[i]}/{standing.GroupSize[i]} {standing.Grade[i]} x{standing.Multiplier[i]} ")
                    + Parts(standing.Kpis, standing.Dimensions, i));
        }

        if (mismatches > 0 || standing.Score.Length != reference.Count)
            failures.Add($"PerfRules and {engine} disagree on {mismatches} of {reference.Count} employees.");
        else
            Console.Error.WriteLine($"// agreement: PerfRules and {engine} agree on all {reference.Count:N0} employees");
    }

    private static decimal? Shown(decimal? score) => score is { } s ? HandWrittenAcmeScorer.Shown(s) : null;

    private static string Parts(decimal?[][] kpis, decimal?[][] dimensions, int i) => string.Create(CultureInfo.InvariantCulture,
        $"[{string.Join(" ", kpis.Select(k => k[i]?.ToString(CultureInfo.InvariantCulture) ?? "-"))} | {string.Join(" ", dimensions.Select(d => d[i]?.ToString(CultureInfo.InvariantCulture) ?? "-"))}]");

    /// <summary>PerfRules' result laid out by employee number (ids are e0000000, e0000001, ...).</summary>
    private sealed class Reference
    {
        public Reference(PerfPlan plan, PeriodSnapshot snapshot, int count)
        {
            Count = count;
            (Score, Rank, GroupSize, Grade, Multiplier, Flagged) = (new decimal?[count], new int[count], new int[count], new string?[count], new decimal[count], new bool[count]);
            Kpis = [.. Enumerable.Range(0, HandWrittenAcmeScorer.KpiCount).Select(_ => new decimal?[count])];
            Dimensions = [.. Enumerable.Range(0, HandWrittenAcmeScorer.DimensionCount).Select(_ => new decimal?[count])];
            var result = plan.Evaluate(snapshot);
            if (result.Employees.Length != count)
                throw new InvalidOperationException($"PerfRules scored {result.Employees.Length} of {count} employees.");
            foreach (var employee in result.Employees)
            {
                var i = int.Parse(employee.Employee.AsSpan(1), CultureInfo.InvariantCulture);
                (Score[i], Rank[i], GroupSize[i], Grade[i], Multiplier[i]) = (employee.Score, employee.Rank, employee.GroupSize, employee.Grade, employee.Multiplier);
                Flagged[i] = employee.Flags.Length != 0;
                var k = 0;
                var dimensions = employee.Dimensions;
                for (var d = 0; d < dimensions.Length; d++)
                {
                    Dimensions[d][i] = dimensions[d].Score;
                    foreach (var kpi in dimensions[d].Kpis) Kpis[k++][i] = kpi.Score;
                }
            }
        }

        public int Count { get; }
        public decimal?[] Score { get; }
        public int[] Rank { get; }
        public int[] GroupSize { get; }
        public string?[] Grade { get; }
        public decimal[] Multiplier { get; }
        public bool[] Flagged { get; }
        public decimal?[][] Kpis { get; }
        public decimal?[][] Dimensions { get; }
    }
}
