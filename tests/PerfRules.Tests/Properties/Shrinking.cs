using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>
/// Smaller versions of a failing case, so that FsCheck reports a small counterexample: fewer employees first, then
/// a plan with fewer vetoes, flags, awards, payout lines, grade lines, rank keys, dimensions and KPIs. Every shrink
/// is still a valid plan with a roster that fits it (weights are handed to a neighbour, never dropped).
/// </summary>
internal static class Shrinking
{
    public static IEnumerable<ScoringCase> Case(ScoringCase scoring)
    {
        foreach (var roster in Roster(scoring.Roster)) yield return scoring with { Roster = roster };
        foreach (var plan in Plan(scoring.Plan)) yield return scoring with { Plan = plan };
    }

    /// <summary>Half the rows, then each row left out in turn (never all of them).</summary>
    public static IEnumerable<RosterModel> Roster(RosterModel roster, Func<RowModel, bool>? keep = null)
    {
        var rows = roster.Rows;
        if (rows.Length <= 1) yield break;
        keep ??= _ => false;
        var half = rows.Length / 2;
        var first = rows.Take(half).Concat(rows.Skip(half).Where(keep)).ToImmutableArray();
        var second = rows.Skip(half).Concat(rows.Take(half).Where(keep)).ToImmutableArray();
        if (first.Length < rows.Length && !first.IsEmpty) yield return new RosterModel(first);
        if (second.Length < rows.Length && !second.IsEmpty) yield return new RosterModel(second);
        for (var i = 0; i < rows.Length; i++)
            if (!keep(rows[i])) yield return new RosterModel(rows.RemoveAt(i));
    }

    public static IEnumerable<PlanModel> Plan(PlanModel plan)
    {
        for (var i = 0; i < plan.Extras.Length; i++)
            if (plan.Extras[i].Keyword != "metric") yield return plan with { Extras = plan.Extras.RemoveAt(i) };
        for (var i = 0; i < plan.Vetoes.Length; i++) yield return plan with { Vetoes = plan.Vetoes.RemoveAt(i) };
        if (plan.Payout is { } payout)
        {
            yield return plan with { Payout = null };
            for (var i = 0; i < payout.Requires.Length; i++) yield return plan with { Payout = payout with { Requires = payout.Requires.RemoveAt(i) } };
            for (var i = 0; i < payout.Multipliers.Length - 1; i++)
                yield return plan with { Payout = payout with { Multipliers = payout.Multipliers.RemoveAt(i) } };
        }

        for (var i = 0; i < plan.Grades.Length - 1; i++)
        {
            var removed = plan.Grades[i].Name;
            yield return plan with
            {
                Grades = plan.Grades.RemoveAt(i),
                Vetoes = [.. plan.Vetoes.Select(v => v.Grade == removed ? v with { Grade = null } : v)],
            };
        }

        for (var i = 1; i < plan.RankKeys.Length; i++) yield return plan with { RankKeys = plan.RankKeys.RemoveAt(i) };
        for (var d = 0; d < plan.Dimensions.Length; d++)
        {
            if (plan.Dimensions.Length > 1)
            {
                var heir = d == 0 ? 1 : 0;
                var merged = plan.Dimensions.SetItem(heir, plan.Dimensions[heir] with { Weight = plan.Dimensions[heir].Weight + plan.Dimensions[d].Weight });
                yield return plan with { Dimensions = merged.RemoveAt(d) };
            }

            var kpis = plan.Dimensions[d].Kpis;
            for (var k = 0; k < kpis.Length && kpis.Length > 1; k++)
            {
                var heir = k == 0 ? 1 : 0;
                var fewer = kpis.SetItem(heir, kpis[heir] with { Weight = kpis[heir].Weight + kpis[k].Weight }).RemoveAt(k);
                yield return plan with { Dimensions = plan.Dimensions.SetItem(d, plan.Dimensions[d] with { Kpis = fewer }) };
            }
        }
    }
}
