using System.Text;
using System.Text.RegularExpressions;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;

namespace PerfRules.Results;

/// <summary>
/// Reads the values an expression of the plan is built from (inputs, metrics, history calls, aggregates, scores,
/// ranks, ...) in an evaluated period, and writes the expression again with those values in place of the names:
/// <c>complaints &gt; previous(complaints) * 1.2</c> becomes <c>4 &gt; 3 * 1.2</c>. Literals and operators stay as the
/// plan wrote them.
/// </summary>
internal sealed partial class ExpressionValues
{
    private readonly CompiledPlan _plan;
    private readonly Dictionary<int, HistoryCallPlan> _history = [];

    public ExpressionValues(CompiledPlan plan, DisplayUnits units)
    {
        _plan = plan;
        Units = units;
        foreach (var call in plan.HistoryCalls) _history.TryAdd(call.Symbol.Span.Start, call);
    }

    public DisplayUnits Units { get; }

    /// <summary>The plan text of an expression on one line: line breaks and the indentation after them become one space.</summary>
    public string Source(BoundExpression expression) => Tidy(_plan.SourceOf(expression.Span));

    /// <summary>The plan text of any span on one line.</summary>
    public string Source(Diagnostics.SourceSpan span) => Tidy(_plan.SourceOf(span));

    /// <summary>
    /// The expression with each value it reads written in its place, or null when it reads nothing (a literal) or
    /// the plan text is not available.
    /// </summary>
    public string? Substitute(BoundExpression expression, PeriodFrame frame, int row)
    {
        var source = _plan.SourceOf(expression.Span);
        if (source.Length == 0) return null;
        var text = new StringBuilder();
        var at = expression.Span.Start;
        foreach (var leaf in Leaves(expression))
        {
            if (leaf.Span.Start < at || leaf.Span.End > expression.Span.End || leaf.Span.Length == 0) continue;
            if (!TryRead(leaf, frame, row, out var value)) continue;
            text.Append(source, at - expression.Span.Start, leaf.Span.Start - at);
            text.Append(ExplanationNumbers.Any(value, Units.Of(leaf), inFormula: true));
            at = leaf.Span.End;
        }

        if (at == expression.Span.Start) return null;
        text.Append(source, at - expression.Span.Start, expression.Span.End - at);
        return Tidy(text.ToString());
    }

    /// <summary>The names among the values <paramref name="expression"/> reads that are missing in this period.</summary>
    public IEnumerable<string> MissingValues(BoundExpression expression, PeriodFrame frame, int row) =>
        Leaves(expression)
            .Where(leaf => TryRead(leaf, frame, row, out var value) && value is null)
            .Select(Source)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Whether the expression divides by a value that is 0 here (a name or a literal).</summary>
    public bool DividesByZero(BoundExpression expression, PeriodFrame frame, int row) =>
        PlanExpressions.Descendants(expression).OfType<BoundBinary>().Any(b =>
            b.Operator == BoundBinaryOperator.Divide
            && (b.Right is BoundNumberLiteral { Value: 0m } || (IsLeaf(b.Right) && TryRead(b.Right, frame, row, out var v) && v is 0m)));

    /// <summary>
    /// Whether a comparison in the condition meets a missing value: a missing name, or arithmetic on one (which is
    /// missing too). Such a comparison is false (spec section 5), which a reader should be told.
    /// </summary>
    public bool ComparesMissing(BoundExpression condition, PeriodFrame frame, int row) =>
        PlanExpressions.Descendants(condition).OfType<BoundBinary>().Any(b =>
            b.Operator is >= BoundBinaryOperator.Equal and <= BoundBinaryOperator.GreaterOrEqual
            && (MissingThroughArithmetic(b.Left, frame, row) || MissingThroughArithmetic(b.Right, frame, row)));

    private bool MissingThroughArithmetic(BoundExpression expression, PeriodFrame frame, int row) => expression switch
    {
        _ when IsLeaf(expression) => TryRead(expression, frame, row, out var value) && value is null,
        BoundUnary { Operator: BoundUnaryOperator.Negate } u => MissingThroughArithmetic(u.Operand, frame, row),
        BoundBinary { Operator: >= BoundBinaryOperator.Add } b =>
            MissingThroughArithmetic(b.Left, frame, row) || MissingThroughArithmetic(b.Right, frame, row),
        _ => false,
    };

    /// <summary>The nodes read as one value each, in text order; history calls and aggregates are read whole.</summary>
    public static IEnumerable<BoundExpression> Leaves(BoundExpression expression)
    {
        if (IsLeaf(expression))
        {
            yield return expression;
            yield break;
        }

        IEnumerable<BoundExpression> children = expression switch
        {
            BoundUnary u => [u.Operand],
            BoundBinary b => [b.Left, b.Right],
            BoundCall c => c.Arguments,
            _ => [],
        };
        foreach (var child in children)
            foreach (var leaf in Leaves(child))
                yield return leaf;
    }

    /// <summary>Whether the node is read as one value (a name, a history call, an aggregate, ...).</summary>
    public static bool IsLeaf(BoundExpression expression) => expression is BoundInputRef or BoundMetricRef or BoundHistory
        or BoundAggregate or BoundScoreRef or BoundRankRef or BoundGroupSizeRef or BoundTopRef or BoundGradeRef
        or BoundLevelRef or BoundMultiplierRef or BoundAwardRef or BoundPeriodBoundary;

    /// <summary>The value of a leaf in a period's frame; false when it cannot be read there.</summary>
    public bool TryRead(BoundExpression leaf, PeriodFrame frame, int row, out object? value)
    {
        var layout = _plan.Layout;
        value = null;
        switch (leaf)
        {
            case BoundInputRef i: value = ResultDetails.ReadSlot(frame, i.Input.ValueType, layout.InputSlot(i.Input), row); return true;
            case BoundMetricRef m: value = ResultDetails.ReadSlot(frame, m.Metric.ValueType, layout.MetricSlot(m.Metric), row); return true;
            case BoundScoreRef { Target: null }: value = frame.Numbers[layout.TotalScoreSlot][row]; return true;
            case BoundScoreRef { Target: { } target }: value = frame.Numbers[layout.TargetSlot(target)][row]; return true;
            case BoundRankRef r: value = frame.Numbers[layout.RankSlot(r.Ranking)][row]; return true;
            case BoundGroupSizeRef g: value = frame.Numbers[layout.GroupSizeSlot(g.Ranking)][row]; return true;
            case BoundTopRef t:
                value = Logic.Less(frame.Numbers[layout.ShareAheadSlot(t.Ranking)][row], t.Share); // as the generated code reads it
                return true;
            case BoundGradeRef: value = frame.Texts[layout.GradeSlot][row]; return true;
            case BoundLevelRef l: value = frame.Texts[layout.LevelSlot(l.Levels)][row]; return true;
            case BoundMultiplierRef: value = frame.Numbers[layout.MultiplierSlot][row]; return true;
            case BoundAwardRef a: value = frame.Numbers[layout.AwardSlot(a.Award)][row]; return true;
            case BoundPeriodBoundary b: value = b.End ? frame.Period.End : frame.Period.Start; return true;
            case BoundHistory h when _history.TryGetValue(h.Span.Start, out var call): value = call.Read(frame, row); return true;
            case BoundAggregate a when frame.Aggregates[a.Slot] is { } table: value = table.Read(GroupOf(a, frame, row)).Number; return true;
            default: return false;
        }
    }

    private string GroupOf(BoundAggregate aggregate, PeriodFrame frame, int row) =>
        aggregate.By is { } by ? frame.Texts[_plan.Layout.InputSlot(by)][row] ?? "" : "";

    private static string Tidy(string text) => LineBreak().Replace(text, " ");

    [GeneratedRegex(@"[ \t]*\r?\n[ \t]*")]
    private static partial Regex LineBreak();
}
