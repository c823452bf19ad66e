using System.Linq.Expressions;
using System.Reflection;
using NodaTime;
using PerfRules.Binding;
using PerfRules.Runtime;
using Expr = System.Linq.Expressions.Expression;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Compilation;

/// <summary>
/// Turns a checked expression into a System.Linq.Expressions tree over (frame, row) and compiles it. Numbers are
/// <c>decimal?</c>, flags <c>bool?</c>, texts <c>string</c> and dates <c>LocalDate?</c>; null is missing. Every
/// operation is a call into the runtime's own helpers (Arithmetic, Logic, HistoryAccess), never into anything else.
/// </summary>
internal sealed class ExpressionCompiler(FrameLayout layout)
{
    private static readonly PropertyInfo NumbersProperty = typeof(PeriodFrame).GetProperty(nameof(PeriodFrame.Numbers))!;
    private static readonly PropertyInfo FlagsProperty = typeof(PeriodFrame).GetProperty(nameof(PeriodFrame.Flags))!;
    private static readonly PropertyInfo TextsProperty = typeof(PeriodFrame).GetProperty(nameof(PeriodFrame.Texts))!;
    private static readonly PropertyInfo DatesProperty = typeof(PeriodFrame).GetProperty(nameof(PeriodFrame.Dates))!;
    private static readonly PropertyInfo PeriodProperty = typeof(PeriodFrame).GetProperty(nameof(PeriodFrame.Period))!;

    private readonly ParameterExpression _frame = Expr.Parameter(typeof(PeriodFrame), "frame");
    private readonly ParameterExpression _row = Expr.Parameter(typeof(int), "row");

    // While set, + - * / call ThrowingArithmetic rather than Arithmetic (see CompileThrowing).
    private bool _throwing;

    public ParameterExpression Frame => _frame;
    public ParameterExpression Row => _row;

    public static Type ClrType(ValueType type) => type switch
    {
        ValueType.Number => typeof(decimal?),
        ValueType.Flag => typeof(bool?),
        ValueType.Text => typeof(string),
        _ => typeof(LocalDate?),
    };

    /// <summary>A compiled <c>Func&lt;PeriodFrame, int, T&gt;</c> for the expression, T as <see cref="ClrType"/>.</summary>
    public Delegate CompileDelegate(BoundExpression expression)
    {
        if (Direct(expression) is { } direct) return direct;
        var body = Guarded(expression);
        var type = typeof(Func<,,>).MakeGenericType(typeof(PeriodFrame), typeof(int), ClrType(expression.Type));
        return TreeCompiler.Compile(Expr.Lambda(type, body, $"perf_{expression.Span.Line}_{expression.Span.Column}", [_frame, _row]));
    }

    /// <summary>A compiled delegate returning the value boxed (null when missing), for roster-wide passes that are not per row.</summary>
    public Func<PeriodFrame, int, object?> CompileBoxed(BoundExpression expression) =>
        TreeCompiler.Compile(Expr.Lambda<Func<PeriodFrame, int, object?>>(Expr.Convert(Guarded(expression), typeof(object)), [_frame, _row]));

    /// <summary>The same, compiled on its first call: for values only an explanation reads.</summary>
    public Func<PeriodFrame, int, object?> CompileBoxedOnFirstCall(BoundExpression expression) =>
        TreeCompiler.CompileOnFirstCall(Expr.Lambda<Func<PeriodFrame, int, object?>>(Expr.Convert(Guarded(expression), typeof(object)), [_frame, _row]));

    /// <summary>
    /// The expression tree of a checked expression whose + - * / throw on overflow (<see cref="ThrowingArithmetic"/>):
    /// for code that runs a range of rows inside one handler, which works the range out again through guarded code
    /// when one throws. Delegates made inside it (a history call's argument, an aggregate's parts) stay guarded.
    /// </summary>
    public Expr CompileThrowing(BoundExpression expression) => Compile(expression, throwing: true);

    /// <summary>The expression tree with throwing (<see cref="CompileThrowing"/>) or guarded arithmetic.</summary>
    public Expr Compile(BoundExpression expression, bool throwing)
    {
        var was = _throwing;
        _throwing = throwing;
        try { return Compile(expression); }
        finally { _throwing = was; }
    }

    // A delegate of its own is called from helpers that expect no exception: its arithmetic gives missing on overflow.
    private Expr Guarded(BoundExpression expression) => Compile(expression, throwing: false);

    public Func<PeriodFrame, int, decimal?> CompileNumber(BoundExpression expression) =>
        (Func<PeriodFrame, int, decimal?>)CompileDelegate(expression);

    public Func<PeriodFrame, int, bool?> CompileFlag(BoundExpression expression) =>
        (Func<PeriodFrame, int, bool?>)CompileDelegate(expression);

    /// <summary>The expression tree of a checked expression, reading the frame and row parameters.</summary>
    public Expr Compile(BoundExpression expression) => expression switch
    {
        BoundNumberLiteral n => Expr.Constant(n.Value, typeof(decimal?)),
        BoundFlagLiteral f => Expr.Constant(f.Value, typeof(bool?)),
        BoundTextLiteral t => Expr.Constant(t.Value, typeof(string)),
        _ when SlotOf(expression) is var (type, slot) && slot >= 0 => Slot(type, slot),
        BoundTopRef t => Call(typeof(Logic), nameof(Logic.Less),
            Slot(ValueType.Number, layout.ShareAheadSlot(t.Ranking)),
            Expr.Constant(t.Share, typeof(decimal?))),
        BoundPeriodBoundary b => Expr.Convert(
            Expr.Property(Expr.Property(_frame, PeriodProperty), b.End ? nameof(Periods.PerfPeriod.End) : nameof(Periods.PerfPeriod.Start)),
            typeof(LocalDate?)),
        BoundUnary u => CompileUnary(u),
        BoundBinary b => CompileBinary(b),
        BoundCall c => CompileCall(c),
        BoundHistory h => CompileHistory(h),
        BoundAggregate a => AggregateAccess.Compile(a, this),
        _ => throw new InvalidOperationException($"No code generation for {expression.GetType().Name}."),
    };

    /// <summary>The column an expression simply reads, or slot -1 when it is more than a read.</summary>
    private (ValueType Type, int Slot) SlotOf(BoundExpression expression) => expression switch
    {
        BoundInputRef i => (i.Input.ValueType, layout.InputSlot(i.Input)),
        BoundMetricRef m => (m.Metric.ValueType, layout.MetricSlot(m.Metric)),
        BoundScoreRef { Target: null } => (ValueType.Number, layout.TotalScoreSlot),
        BoundScoreRef { Target: { } target } => (ValueType.Number, layout.TargetSlot(target)),
        BoundRankRef r => (ValueType.Number, layout.RankSlot(r.Ranking)),
        BoundGroupSizeRef g => (ValueType.Number, layout.GroupSizeSlot(g.Ranking)),
        BoundGradeRef => (ValueType.Text, layout.GradeSlot),
        BoundLevelRef l => (ValueType.Text, layout.LevelSlot(l.Levels)),
        BoundMultiplierRef => (ValueType.Number, layout.MultiplierSlot),
        BoundAwardRef a => (ValueType.Number, layout.AwardSlot(a.Award)),
        _ => (expression.Type, -1),
    };

    // A literal or a plain read of a column needs no code generation: a small closure does the same, and each tree
    // compiled costs milliseconds (a plan compiles dozens of them).
    private Delegate? Direct(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundNumberLiteral n: return ColumnReaders.Literal<decimal?>(n.Value);
            case BoundFlagLiteral f: return ColumnReaders.Literal<bool?>(f.Value);
            case BoundTextLiteral t: return ColumnReaders.Literal<string?>(t.Value);
        }

        var (type, slot) = SlotOf(expression);
        if (slot < 0) return null;
        return type switch
        {
            ValueType.Number => ColumnReaders.Number(slot),
            ValueType.Flag => ColumnReaders.Flag(slot),
            ValueType.Text => ColumnReaders.Text(slot),
            _ => ColumnReaders.Date(slot),
        };
    }

    /// <summary><c>frame.Numbers[slot][row]</c> and its flag, text and date counterparts.</summary>
    public Expr Slot(ValueType type, int slot)
    {
        var columns = type switch
        {
            ValueType.Number => NumbersProperty,
            ValueType.Flag => FlagsProperty,
            ValueType.Text => TextsProperty,
            _ => DatesProperty,
        };
        return Expr.ArrayAccess(Expr.ArrayIndex(Expr.Property(_frame, columns), Expr.Constant(slot)), _row);
    }

    private Expr CompileUnary(BoundUnary unary)
    {
        var operand = Compile(unary.Operand);
        return unary.Operator == BoundUnaryOperator.Not
            ? Call(typeof(Logic), nameof(Logic.Not), operand)
            : Call(typeof(Arithmetic), nameof(Arithmetic.Negate), operand);
    }

    private Expr CompileBinary(BoundBinary binary)
    {
        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        var arithmetic = _throwing ? typeof(ThrowingArithmetic) : typeof(Arithmetic);
        return binary.Operator switch
        {
            BoundBinaryOperator.Add => Call(arithmetic, nameof(Arithmetic.Add), left, right),
            BoundBinaryOperator.Subtract => Call(arithmetic, nameof(Arithmetic.Subtract), left, right),
            BoundBinaryOperator.Multiply => Call(arithmetic, nameof(Arithmetic.Multiply), left, right),
            BoundBinaryOperator.Divide => Call(arithmetic, nameof(Arithmetic.Divide), left, right),
            // and/or take the right side only when it can matter, but both treat missing as false.
            BoundBinaryOperator.And => Call(typeof(Logic), nameof(Logic.And), left, right),
            BoundBinaryOperator.Or => Call(typeof(Logic), nameof(Logic.Or), left, right),
            _ => Call(typeof(Logic), binary.Operator.ToString(), left, right),
        };
    }

    private Expr CompileCall(BoundCall call)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case BuiltinFunction.Min:
            case BuiltinFunction.Max:
            {
                var owner = call.ResultType == ValueType.Date ? typeof(Logic) : typeof(Arithmetic);
                var name = call.Function == BuiltinFunction.Min ? "Min" : "Max";
                var result = Compile(args[0]);
                for (var i = 1; i < args.Length; i++) result = Call(owner, name, result, Compile(args[i]));
                return result;
            }

            case BuiltinFunction.Abs: return Call(typeof(Arithmetic), nameof(Arithmetic.Abs), Compile(args[0]));
            case BuiltinFunction.Round: return Call(typeof(Arithmetic), nameof(Arithmetic.Round), Compile(args[0]), Compile(args[1]));
            case BuiltinFunction.Clamp:
                return Call(typeof(Arithmetic), nameof(Arithmetic.Clamp), Compile(args[0]), Compile(args[1]), Compile(args[2]));
            case BuiltinFunction.If:
                return Expr.Condition(
                    Expr.Equal(Compile(args[0]), Expr.Constant(true, typeof(bool?))),
                    Compile(args[1]),
                    Compile(args[2]),
                    ClrType(call.ResultType));
            case BuiltinFunction.Coalesce: return Expr.Coalesce(Compile(args[0]), Compile(args[1]));
            case BuiltinFunction.IsMissing:
                return Expr.Convert(Expr.Equal(Compile(args[0]), Expr.Constant(null, ClrType(args[0].Type))), typeof(bool?));
            case BuiltinFunction.DaysBetween:
                return Call(typeof(Logic), nameof(Logic.DaysBetween), Compile(args[0]), Compile(args[1]));
            case BuiltinFunction.MonthsBetween:
                return Call(typeof(Logic), nameof(Logic.MonthsBetween), Compile(args[0]), Compile(args[1]));
            default:
                throw new InvalidOperationException($"No code generation for function {call.Function}.");
        }
    }

    private Expr CompileHistory(BoundHistory history)
    {
        var argumentType = ClrType(history.Argument.Type);
        var argument = Expr.Constant(CompileDelegate(history.Argument));
        var count = Expr.Constant(history.Count);
        var slot = Expr.Constant(history.Slot);
        return history.Function switch
        {
            HistoryFunction.Previous => GenericCall(nameof(HistoryAccess.Previous), argumentType, _frame, _row, count, argument),
            HistoryFunction.Sum => Call(typeof(HistoryAccess), nameof(HistoryAccess.Sum), _frame, _row, count, argument),
            HistoryFunction.Avg => Call(typeof(HistoryAccess), nameof(HistoryAccess.Avg), _frame, _row, count, argument),
            HistoryFunction.Times => Call(typeof(HistoryAccess), nameof(HistoryAccess.Times), _frame, _row, count, argument),
            HistoryFunction.Streak => Call(typeof(HistoryAccess), nameof(HistoryAccess.Streak), _frame, _row, slot, argument),
            HistoryFunction.Latest => GenericCall(nameof(HistoryAccess.Latest), argumentType, _frame, _row, slot, argument),
            HistoryFunction.Highest or HistoryFunction.Lowest => CompileExtreme(history, argumentType, argument, count, slot),
            _ => throw new InvalidOperationException($"No code generation for history function {history.Function}."),
        };
    }

    private Expr CompileExtreme(BoundHistory history, Type argumentType, Expr argument, Expr count, Expr slot)
    {
        var owner = history.Argument.Type == ValueType.Date ? typeof(Logic) : typeof(Arithmetic);
        var pickName = history.Function == HistoryFunction.Highest ? "Max" : "Min";
        var pickMethod = owner.GetMethod(pickName, [argumentType, argumentType])!;
        var pick = Expr.Constant(Delegate.CreateDelegate(typeof(Func<,,>).MakeGenericType(argumentType, argumentType, argumentType), pickMethod));
        return history.Count == 0
            ? GenericCall(nameof(HistoryAccess.ExtremeEver), argumentType, _frame, _row, slot, argument, pick)
            : GenericCall(nameof(HistoryAccess.Extreme), argumentType, _frame, _row, count, argument, pick);
    }

    private static Expr GenericCall(string name, Type typeArgument, params Expr[] args) =>
        Expr.Call(typeof(HistoryAccess).GetMethod(name)!.MakeGenericMethod(typeArgument), args);

    private static Expr Call(Type owner, string name, params Expr[] args)
    {
        var method = owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [.. args.Select(a => a.Type)])
            ?? throw new InvalidOperationException($"{owner.Name}.{name} has no overload for ({string.Join(", ", args.Select(a => a.Type.Name))}).");
        return Expr.Call(method, args);
    }
}
