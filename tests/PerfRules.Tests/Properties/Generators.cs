using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace PerfRules.Tests.Properties;

/// <summary>A plan whose grade and multiplier conditions read only the standing, ranked by score first.</summary>
public sealed record FairCase(ScoringCase Case)
{
    public override string ToString() => Case.ToString();
}

/// <summary>A plan whose grade lines use only <c>top</c> and <c>at</c>.</summary>
public sealed record TopAndAtCase(ScoringCase Case)
{
    public override string ToString() => Case.ToString();
}

/// <summary>A plan with history functions and a roster of several periods.</summary>
public sealed record HistoryCase(ScoringCase Case)
{
    public override string ToString() => Case.ToString();
}

/// <summary>One employee's KPI metric raised (or, for a lower-is-better curve, lowered) by <paramref name="Step"/>.</summary>
public sealed record MonotoneCase(ScoringCase Case, int Row, int Kpi, decimal Step)
{
    public override string ToString() => $"{Case}\nrow {Row}, KPI {Kpi}, step {Step}";
}

/// <summary>A plan ranked <c>within team</c>, and the same roster with one group's employees changed or added to.</summary>
public sealed record GroupChangeCase(ScoringCase Case, string? Group, RosterModel Changed)
{
    public override string ToString() => $"{Case}\nchanged group '{Group}':\n{Changed}";
}

/// <summary>The generators of this folder, found by FsCheck through <see cref="ScaledPropertyAttribute"/>.</summary>
public static class Generators
{
    private static Gen<int> Seed => Gen.Choose(0, int.MaxValue - 1);

    private static Gen<ScoringCase> Cases(PlanShape shape, bool history) =>
        Gen.Sized(size =>
            from planSeed in Seed
            from rosterSeed in Seed
            let plan = PlanFactory.Build(planSeed, shape)
            select new ScoringCase(plan, history ? RosterFactory.History(rosterSeed, plan, size) : RosterFactory.Single(rosterSeed, plan, size)));

    public static Arbitrary<ScoringCase> Scoring() => Arb.From(Cases(PlanShape.Any, history: false), Shrinking.Case);

    public static Arbitrary<FairCase> Fair() =>
        Arb.From(Cases(new PlanShape(Fair: true), history: false).Select(c => new FairCase(c)), f => Shrinking.Case(f.Case).Select(c => new FairCase(c)));

    public static Arbitrary<TopAndAtCase> TopAndAt() =>
        Arb.From(Cases(new PlanShape(TopAndAtOnly: true), history: false).Select(c => new TopAndAtCase(c)),
            t => Shrinking.Case(t.Case).Select(c => new TopAndAtCase(c)));

    public static Arbitrary<HistoryCase> History() =>
        Arb.From(Cases(new PlanShape(History: true), history: true).Select(c => new HistoryCase(c)),
            h => Shrinking.Case(h.Case).Select(c => new HistoryCase(c)));

    public static Arbitrary<MonotoneCase> Monotone() =>
        Arb.From(
            from scoring in Cases(PlanShape.Any, history: false)
            from row in Gen.Choose(0, scoring.Roster.Rows.Length - 1)
            from kpi in Gen.Choose(0, scoring.Plan.Kpis.Count() - 1)
            from step in Gen.Elements(0.01m, 0.5m, 1m, 3m, 10m, 25m)
            select new MonotoneCase(scoring, row, kpi, step),
            m => Shrinking.Roster(m.Case.Roster, r => r == m.Case.Roster.Rows[m.Row])
                .Select(r => m with { Case = m.Case with { Roster = r }, Row = r.Rows.IndexOf(m.Case.Roster.Rows[m.Row]) }));

    public static Arbitrary<GroupChangeCase> GroupChange() =>
        Arb.From(
            from scoring in Cases(new PlanShape(Within: true), history: false)
            from seed in Seed
            select GroupChanges.Make(scoring, seed),
            g => Shrinking.Roster(g.Case.Roster, r => r.Team == g.Group)
                .Select(r => GroupChanges.Apply(g with { Case = g.Case with { Roster = r } })));

    public static Arbitrary<MessyPlan> Messy() =>
        Arb.From(
            from planSeed in Seed
            from layoutSeed in Seed
            from history in Gen.Elements(false, true)
            select MessyText.From(layoutSeed, PlanFactory.Build(planSeed, new PlanShape(History: history))),
            _ => []);
}
