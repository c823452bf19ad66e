using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>
/// Turns a syntax tree into a checked plan, reporting every semantic mistake at once with its position
/// (spec 3, 4, 6, 7, 9, 11 and 12). The passes: collect declarations and names; settle the metrics' types; bind
/// every expression where it is used (types and stages); check weights and curves; order metrics and awards
/// and report cycles.
/// </summary>
internal static class Binder
{
    /// <summary>The checked plan, or null when this pass or an earlier one (the parser) reported an error.</summary>
    public static BoundPlan? Bind(PlanSyntax syntax, DiagnosticBag diagnostics)
    {
        var table = DeclarationCollector.Collect(syntax, diagnostics);
        MetricBinder.SettleTypes(table);

        var slots = new SlotCounter();
        var expressions = new ExpressionBinder(table, diagnostics, slots);
        MetricBinder.BindBodies(table, expressions, diagnostics);
        var profiles = new ScoringBinder(table, expressions, diagnostics).BindProfiles();

        var vetoBinder = new VetoBinder(table, expressions, diagnostics);
        ImmutableArray<VetoSymbol> vetoes = [.. table.Vetoes.Select(vetoBinder.Bind)];
        new RankingBinder(table, expressions, diagnostics).BindAll();

        var classifications = new ClassificationBinder(expressions, diagnostics);
        if (table.GradesSyntax is { } grades && table.Grades is { } gradesSymbol) classifications.BindGrades(grades, gradesSymbol);
        foreach (var (levels, symbol) in table.Levels) classifications.BindLevels(levels, symbol);

        var payout = table.PayoutSyntax is { } payoutSyntax ? new PayoutBinder(expressions, diagnostics).Bind(payoutSyntax) : null;
        foreach (var (award, symbol) in table.Awards)
        {
            symbol.Expression = expressions.BindNumber(award.Expression, ExpressionPlace.Award, $"award '{award.Name.Name}'");
        }

        ImmutableArray<FlagSymbol> flags = [.. table.Flags.Select(flag => new FlagSymbol(
            flag.Name.Name,
            expressions.BindCondition(flag.Condition, ExpressionPlace.Flag, $"the condition of flag '{flag.Name.Name}'"),
            flag.Message.Value,
            flag.Name.Span))];

        var metrics = DependencyOrder.OrderMetrics(table, diagnostics);
        var awards = DependencyOrder.OrderAwards(table, diagnostics);
        if (diagnostics.HasErrors || table.Cadence is not { } cadence) return null;

        return new BoundPlan(
            table.PlanName,
            cadence,
            [.. table.Inputs],
            metrics,
            profiles,
            vetoes,
            table.MainRanking,
            [.. table.NamedRankings.Select(r => r.Symbol)],
            table.Grades,
            [.. table.Levels.Select(l => l.Symbol)],
            payout,
            awards,
            flags,
            slots.HistoryCount,
            slots.AggregateCount);
    }
}
