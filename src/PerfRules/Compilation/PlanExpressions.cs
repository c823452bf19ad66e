using PerfRules.Binding;

namespace PerfRules.Compilation;

/// <summary>Walks every expression of a checked plan, and every node inside an expression.</summary>
internal static class PlanExpressions
{
    /// <summary>The plan's expressions in stage order: metrics, KPI curves and profile conditions, vetoes, rank keys, classifications, payout, awards, flags.</summary>
    public static IEnumerable<BoundExpression> All(BoundPlan plan)
    {
        foreach (var metric in plan.Metrics.OrderBy(m => m.Span.Start)) yield return metric.Expression!;
        foreach (var profile in plan.Profiles)
        {
            if (profile.Condition is { } condition) yield return condition;
            foreach (var kpi in profile.Dimensions.SelectMany(d => d.Kpis))
                if (kpi.Curve is BoundExpressionCurve curve) yield return curve.Expression;
        }

        foreach (var veto in plan.Vetoes) yield return veto.Condition;
        foreach (var ranking in plan.NamedRankings.Prepend(plan.MainRanking))
            foreach (var key in ranking.Keys) yield return key.Expression;
        foreach (var classification in plan.Levels.Prepend(plan.Grades))
            if (classification is not null)
                foreach (var line in classification.Lines)
                    if (line.When is { } when) yield return when;
        if (plan.Payout is { } payout)
        {
            foreach (var require in payout.Requires) yield return require.Condition;
            foreach (var multiplier in payout.Multipliers)
            {
                yield return multiplier.Value;
                if (multiplier.When is { } when) yield return when;
            }
        }

        foreach (var award in plan.Awards.OrderBy(a => a.Span.Start)) yield return award.Expression!;
        foreach (var flag in plan.Flags) yield return flag.Condition;
    }

    /// <summary>The expression and every node below it, parents first.</summary>
    public static IEnumerable<BoundExpression> Descendants(BoundExpression expression)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse()) stack.Push(child);
        }
    }

    private static IEnumerable<BoundExpression> Children(BoundExpression node) => node switch
    {
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundCall c => c.Arguments,
        BoundHistory h => [h.Argument],
        BoundAggregate a => a.Where is { } where ? [a.Argument, where] : [a.Argument],
        _ => [],
    };
}
