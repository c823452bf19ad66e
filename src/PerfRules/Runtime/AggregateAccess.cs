using System.Linq.Expressions;
using PerfRules.Binding;
using PerfRules.Compilation;
using Expr = System.Linq.Expressions.Expression;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Runtime;

/// <summary>
/// Group aggregates (spec 12.2). The first read of an aggregate in a period computes it for every group in one pass
/// over the roster, adding members in ordinal order of employee id; every later read is a lookup. The evaluator
/// only reads an aggregate once every value it needs is known for every employee.
/// </summary>
internal static class AggregateAccess
{
    public static Expr Compile(BoundAggregate aggregate, ExpressionCompiler compiler)
    {
        // Every aggregate gives a number: group_count counts values of any type, the others take numbers only (spec 12.7).
        return Expr.Call(typeof(AggregateAccess).GetMethod(nameof(ReadNumber))!, compiler.Frame, compiler.Row, Expr.Constant(Define(aggregate, compiler)));
    }

    /// <summary>What an aggregate call site computes, with its argument, filter and grouping compiled.</summary>
    public static AggregateDefinition Define(BoundAggregate aggregate, ExpressionCompiler compiler)
    {
        var isNumber = aggregate.Argument.Type == ValueType.Number;
        return new(
            aggregate.Function,
            aggregate.Slot,
            isNumber ? compiler.CompileNumber(aggregate.Argument) : null,
            isNumber ? null : compiler.CompileBoxed(aggregate.Argument),
            aggregate.Where is null ? null : compiler.CompileFlag(aggregate.Where),
            aggregate.By is null ? null : compiler.CompileDelegate(new BoundInputRef(aggregate.By, aggregate.Span)) as Func<PeriodFrame, int, string?>);
    }

    public static decimal? ReadNumber(PeriodFrame frame, int row, AggregateDefinition definition) =>
        Table(frame, definition).Read(definition.GroupOf(frame, row)).Number;

    /// <summary>The aggregate's table for the frame's period, built on the first call; once a period is evaluated it is safe to call from anywhere.</summary>
    public static AggregateTable Table(PeriodFrame frame, AggregateDefinition definition)
    {
        ref var slot = ref frame.Aggregates[definition.Slot];
        if (Volatile.Read(ref slot) is { } ready) return ready;
        lock (frame.Aggregates)
        {
            if (slot is { } built) return built;

            // Published with a release write, so a thread that reads it without the lock sees a finished table.
            var table = AggregateTable.Build(frame, definition);
            Volatile.Write(ref slot, table);
            return table;
        }
    }
}

/// <summary>
/// What one aggregate call site computes: the function, its argument (<paramref name="Number"/> for a number,
/// otherwise <paramref name="Other"/>, boxed), filter and grouping.
/// </summary>
internal sealed record AggregateDefinition(
    AggregateFunction Function,
    int Slot,
    Func<PeriodFrame, int, decimal?>? Number,
    Func<PeriodFrame, int, object?>? Other,
    Func<PeriodFrame, int, bool?>? Where,
    Func<PeriodFrame, int, string?>? By)
{
    public string GroupOf(PeriodFrame frame, int row) => By is null ? "" : By(frame, row) ?? "";
}
