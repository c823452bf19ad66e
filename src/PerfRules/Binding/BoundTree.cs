namespace PerfRules.Binding;

/// <summary>Walks bound expressions.</summary>
internal static class BoundTree
{
    /// <summary>
    /// The nodes an expression reads in the current period, in source order: everything except what lies inside
    /// <c>previous</c>, which reads only finished periods. Windows, sums and aggregates include the current period,
    /// so their arguments count.
    /// </summary>
    public static IEnumerable<BoundExpression> CurrentPeriodNodes(BoundExpression root)
    {
        var pending = new Stack<BoundExpression>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is BoundHistory { Function: HistoryFunction.Previous }) continue;
            yield return node;

            var children = Children(node);
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }

    public static IReadOnlyList<BoundExpression> Children(BoundExpression node) => node switch
    {
        BoundUnary unary => [unary.Operand],
        BoundBinary binary => [binary.Left, binary.Right],
        BoundCall call => call.Arguments,
        BoundHistory history => [history.Argument],
        BoundAggregate { Where: { } where } aggregate => [aggregate.Argument, where],
        BoundAggregate aggregate => [aggregate.Argument],
        _ => [],
    };
}
