using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>
/// Binds metric bodies. A metric may read metrics declared below it, and even its own earlier value, so the
/// type of every metric is settled first: the bodies are bound repeatedly against the types found so far, with
/// their diagnostics thrown away, until no type changes. Types flow only through values (if, coalesce, min, max,
/// previous ...), never against them, so this settles in at most one round per metric.
/// </summary>
internal static class MetricBinder
{
    public static void SettleTypes(DeclarationTable table)
    {
        for (var round = 0; round <= table.Metrics.Count; round++)
        {
            var scratch = new ExpressionBinder(table, new DiagnosticBag(null), new SlotCounter());
            var changed = false;
            foreach (var (syntax, symbol) in table.Metrics)
            {
                var body = scratch.Bind(syntax.Expression, ExpressionPlace.Metric);
                if (body is BoundErrorExpression || body.Type == symbol.ValueType) continue;
                symbol.ValueType = body.Type;
                changed = true;
            }

            if (!changed) return;
        }
    }

    public static void BindBodies(DeclarationTable table, ExpressionBinder expressions, DiagnosticBag diagnostics)
    {
        foreach (var (syntax, symbol) in table.Metrics)
        {
            var body = expressions.Bind(syntax.Expression, ExpressionPlace.Metric);
            symbol.Expression = body;
            if (body is not BoundErrorExpression && body.Type == ValueType.Text)
            {
                diagnostics.Error(DiagnosticCode.TextMetric, syntax.Name.Span, syntax.Name.Name);
            }
        }
    }
}
