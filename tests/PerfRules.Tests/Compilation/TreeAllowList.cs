using System.Linq.Expressions;
using System.Reflection;
using NodaTime;
using PerfRules.Periods;
using PerfRules.Runtime;

namespace PerfRules.Tests.Compilation;

/// <summary>
/// Walks a generated expression tree and names every node that reaches outside the runtime's own helpers: a call to
/// any method but those of Arithmetic, ThrowingArithmetic, Logic, HistoryAccess, AggregateAccess, RankKeyConversions
/// and CurveMemo; a member other
/// than the frame's columns and the period's bounds; an operator method other than the equality of decimals, dates
/// and texts (is_missing) and decimal arithmetic and comparisons (the profile scorers' curves and sums); a constant of
/// any other kind than a literal, a score state, a helper's delegate, a reader of one column from ColumnReaders or an
/// aggregate's definition; and any construct that could create objects or call through a delegate.
/// </summary>
internal sealed class TreeAllowList : ExpressionVisitor
{
    private static readonly Type[] Helpers =
        [typeof(Arithmetic), typeof(ThrowingArithmetic), typeof(Logic), typeof(HistoryAccess), typeof(AggregateAccess), typeof(RankKeyConversions), typeof(CurveMemo)];

    private static readonly MemberInfo[] Members =
    [
        .. new[] { nameof(PeriodFrame.Numbers), nameof(PeriodFrame.Flags), nameof(PeriodFrame.Texts), nameof(PeriodFrame.Dates), nameof(PeriodFrame.Period) }
            .Select(name => typeof(PeriodFrame).GetProperty(name)!),
        // The score columns a profile scorer writes, and the flag columns the flag code writes.
        .. new[] { nameof(PeriodFrame.Kpis), nameof(PeriodFrame.DimensionState), nameof(PeriodFrame.DimensionExact), nameof(PeriodFrame.TotalExact), nameof(PeriodFrame.FlagHolds) }
            .Select(name => typeof(PeriodFrame).GetProperty(name)!),
        typeof(KpiColumns).GetProperty(nameof(KpiColumns.State))!,
        typeof(KpiColumns).GetProperty(nameof(KpiColumns.Exact))!,
        typeof(PerfPeriod).GetProperty(nameof(PerfPeriod.Start))!,
        typeof(PerfPeriod).GetProperty(nameof(PerfPeriod.End))!,
    ];

    private static readonly MethodInfo[] Operators =
    [
        .. new[] { typeof(decimal), typeof(LocalDate), typeof(string) }.Select(t => t.GetMethod("op_Equality", [t, t])!),
        .. new[] { "op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" }
            .Select(name => typeof(decimal).GetMethod(name, [typeof(decimal), typeof(decimal)])!),
    ];

    private static readonly Type[] ConstantTypes =
        [typeof(decimal), typeof(decimal?), typeof(bool), typeof(bool?), typeof(string), typeof(int), typeof(ScoreState), typeof(AggregateDefinition)];

    private readonly List<string> _violations = [];

    public static IReadOnlyList<string> Violations(Expression tree)
    {
        var walker = new TreeAllowList();
        walker.Visit(tree);
        return walker._violations;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!Helpers.Contains(node.Method.DeclaringType)) _violations.Add($"call of {node.Method.DeclaringType?.Name}.{node.Method.Name}");
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (!Members.Contains(node.Member)) _violations.Add($"member {node.Member.DeclaringType?.Name}.{node.Member.Name}");
        return base.VisitMember(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method && !Operators.Contains(method)) _violations.Add($"operator {method.DeclaringType?.Name}.{method.Name}");
        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is { } method) _violations.Add($"operator {method.DeclaringType?.Name}.{method.Name}");
        return base.VisitUnary(node);
    }

    // One of the readers of a single column or literal that ColumnReaders declares (a generic one is constructed).
    private static bool IsColumnReader(Delegate d) =>
        d.Method.DeclaringType is { DeclaringType: var outer } && outer == typeof(ColumnReaders);

    protected override Expression VisitConstant(ConstantExpression node)
    {
        var allowed = node.Value switch
        {
            null => true,
            // A helper's method (min and max for highest and lowest), or a lambda made from a tree that is walked too.
            Delegate d => Helpers.Contains(d.Method.DeclaringType) || IsColumnReader(d) || MadeFromTree(d),
            var value => ConstantTypes.Contains(value.GetType()),
        };
        if (!allowed) _violations.Add($"constant of {node.Value!.GetType().Name}");
        return base.VisitConstant(node);
    }

    // Compiled to IL, a lambda is a dynamic method bound to a closure; interpreted, it calls into the interpreter's LightLambda.
    private static bool MadeFromTree(Delegate d) => d.Target switch
    {
        Delegate inner => inner.Target?.GetType().FullName == "System.Linq.Expressions.Interpreter.LightLambda",
        var target => target?.GetType().FullName == "System.Runtime.CompilerServices.Closure",
    };

    protected override Expression VisitInvocation(InvocationExpression node) => Refuse("invocation", node);

    protected override Expression VisitNew(NewExpression node) => Refuse("new " + node.Type.Name, node);

    protected override Expression VisitNewArray(NewArrayExpression node) => Refuse("new array", node);

    protected override Expression VisitMemberInit(MemberInitExpression node) => Refuse("member init", node);

    protected override Expression VisitListInit(ListInitExpression node) => Refuse("list init", node);

    // Array elements (a frame's column, then its row) are fine; an indexer is a method call.
    protected override Expression VisitIndex(IndexExpression node) =>
        node.Indexer is null ? base.VisitIndex(node) : Refuse("indexer " + node.Indexer.Name, node);

    protected override Expression VisitDynamic(DynamicExpression node) => Refuse("dynamic", node);

    protected override Expression VisitExtension(Expression node) => Refuse("extension node", node);

    private Expression Refuse(string what, Expression node)
    {
        _violations.Add(what);
        return node;
    }
}
