using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>A checked expression: every name resolved, every type known.</summary>
internal abstract record BoundExpression(ValueType Type, SourceSpan Span);

/// <summary>
/// Stands for an expression that could not be bound (an unknown name, a type error inside). The error is already
/// reported; checks that meet this node stay silent so one mistake gives one diagnostic. A plan with one is never
/// returned, so later passes never see it. <paramref name="Type"/> is the type the context expected.
/// </summary>
internal sealed record BoundErrorExpression(ValueType Type, SourceSpan Span) : BoundExpression(Type, Span);

internal sealed record BoundNumberLiteral(decimal Value, SourceSpan Span) : BoundExpression(ValueType.Number, Span);
internal sealed record BoundFlagLiteral(bool Value, SourceSpan Span) : BoundExpression(ValueType.Flag, Span);
internal sealed record BoundTextLiteral(string Value, SourceSpan Span) : BoundExpression(ValueType.Text, Span);

internal sealed record BoundInputRef(InputSymbol Input, SourceSpan Span) : BoundExpression(Input.ValueType, Span);
internal sealed record BoundMetricRef(MetricSymbol Metric, SourceSpan Span) : BoundExpression(Metric.ValueType, Span);

/// <summary><c>score</c> (Target null) or <c>score(NAME)</c> of a dimension or KPI.</summary>
internal sealed record BoundScoreRef(ScoreTarget? Target, SourceSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary><c>rank</c>, <c>rank(NAME)</c>.</summary>
internal sealed record BoundRankRef(RankingSymbol Ranking, SourceSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary><c>group_size</c>, <c>group_size(NAME)</c>.</summary>
internal sealed record BoundGroupSizeRef(RankingSymbol Ranking, SourceSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary><c>top(P)</c>, <c>top(P, NAME)</c>: (rank - 1) / group_size &lt; P.</summary>
internal sealed record BoundTopRef(decimal Share, RankingSymbol Ranking, SourceSpan Span) : BoundExpression(ValueType.Flag, Span);

/// <summary><c>grade</c>.</summary>
internal sealed record BoundGradeRef(SourceSpan Span) : BoundExpression(ValueType.Text, Span);

/// <summary><c>level(NAME)</c>.</summary>
internal sealed record BoundLevelRef(ClassificationSymbol Levels, SourceSpan Span) : BoundExpression(ValueType.Text, Span);

/// <summary><c>multiplier</c> (inside awards and flags).</summary>
internal sealed record BoundMultiplierRef(SourceSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary>An award's shown value.</summary>
internal sealed record BoundAwardRef(AwardSymbol Award, SourceSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary><c>period_start</c> or <c>period_end</c>.</summary>
internal sealed record BoundPeriodBoundary(bool End, SourceSpan Span) : BoundExpression(ValueType.Date, Span);

internal sealed record BoundUnary(BoundUnaryOperator Operator, BoundExpression Operand, ValueType ResultType, SourceSpan Span)
    : BoundExpression(ResultType, Span);

internal sealed record BoundBinary(BoundBinaryOperator Operator, BoundExpression Left, BoundExpression Right, ValueType ResultType, SourceSpan Span)
    : BoundExpression(ResultType, Span);

/// <summary>A built-in function that looks only at the current employee and period.</summary>
internal sealed record BoundCall(BuiltinFunction Function, ImmutableArray<BoundExpression> Arguments, ValueType ResultType, SourceSpan Span)
    : BoundExpression(ResultType, Span);

/// <summary>
/// A history function. <paramref name="Count"/> is k for <c>previous</c>, n for windows, and 0 for
/// <c>streak</c>, <c>latest</c> and the whole-history forms of <c>highest</c>/<c>lowest</c>.
/// <paramref name="Slot"/> numbers the call sites of the plan that keep a per-period memo (streak, latest, highest/lowest without n).
/// </summary>
internal sealed record BoundHistory(HistoryFunction Function, BoundExpression Argument, int Count, ValueType ResultType, int Slot, SourceSpan Span)
    : BoundExpression(ResultType, Span);

/// <summary>A group aggregate (version 1.1); <paramref name="Slot"/> numbers the aggregates of the plan.</summary>
internal sealed record BoundAggregate(AggregateFunction Function, BoundExpression Argument, InputSymbol? By, BoundExpression? Where, ValueType ResultType, int Slot, SourceSpan Span)
    : BoundExpression(ResultType, Span);

internal enum BoundUnaryOperator { Negate, Not }

internal enum BoundBinaryOperator
{
    Or, And,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    Add, Subtract, Multiply, Divide,
}

internal enum BuiltinFunction { Min, Max, Abs, Round, Clamp, If, Coalesce, IsMissing, DaysBetween, MonthsBetween }

internal enum HistoryFunction { Previous, Sum, Avg, Streak, Highest, Lowest, Times, Latest }

internal enum AggregateFunction { Sum, Avg, Min, Max, Count }
