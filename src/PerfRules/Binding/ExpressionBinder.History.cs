using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>History functions (spec 6, 12.5) and group aggregates (spec 12.2), with the nesting rules of spec 12.9.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindHistory(CallExpression call, HistoryFunction function, Scope scope)
    {
        var name = call.Function.Name;
        var owner = "'" + name + "'";
        if (BuiltinNames.IsWindow(function) && scope.EnclosingHistory is { } outer)
        {
            diagnostics.Error(DiagnosticCode.InvalidHistoryNesting, call.Span, "'" + outer + "'",
                $"'{ExpressionText.Of(call)}': a window may not sit inside another history function; make it a metric and read that");
        }

        var (min, max) = function switch
        {
            HistoryFunction.Previous or HistoryFunction.Highest or HistoryFunction.Lowest => (1, 2),
            HistoryFunction.Sum or HistoryFunction.Avg or HistoryFunction.Times => (2, 2),
            _ => (1, 1),
        };
        if (!CheckArgumentCount(call, min, max, scope))
        {
            return new BoundErrorExpression(ValueType.Number, call.Span);
        }

        // previous reads a finished period, so any value is known there (spec 11, history of later stages); the
        // other functions include the current period and follow the stage of their argument.
        var inner = scope with
        {
            StageFree = scope.StageFree || function == HistoryFunction.Previous,
            EnclosingHistory = name,
            EnclosingCall = name,
        };
        var argument = Bind(call.Arguments[0], inner);
        var argumentSyntax = call.Arguments[0];
        var count = 0;
        if (call.Arguments.Length == 2)
        {
            var what = function == HistoryFunction.Previous ? "the number of periods back" : "the number of periods";
            count = ReadCount(call.Arguments[1], owner, what);
        }
        else if (function == HistoryFunction.Previous)
        {
            count = 1;
        }

        ValueType? type;
        switch (function)
        {
            case HistoryFunction.Previous or HistoryFunction.Latest:
                type = IsError(argument) ? null : argument.Type;
                break;
            case HistoryFunction.Highest or HistoryFunction.Lowest:
                type = IsError(argument) || !ExpectOrdered(argument, argumentSyntax, owner) ? null : argument.Type;
                break;
            case HistoryFunction.Sum or HistoryFunction.Avg:
                Expect(argument, argumentSyntax, ValueType.Number, owner, "a number");
                type = ValueType.Number;
                break;
            default:
                Expect(argument, argumentSyntax, ValueType.Flag, owner, "a flag");
                type = ValueType.Number;
                break;
        }

        if (type is not { } resultType) return new BoundErrorExpression(ValueType.Number, call.Span);
        return new BoundHistory(function, argument, count, resultType, slots.NextHistory(), call.Span);
    }

    /// <summary>A count of periods: a whole number literal of 1 or more (spec 6); 0 after a reported mistake.</summary>
    private int ReadCount(ExpressionSyntax syntax, string owner, string what)
    {
        if (syntax is NumberExpression { Literal: { IsPercent: false, Value: var value } }
            && value >= 1m && value == decimal.Truncate(value) && value <= int.MaxValue)
        {
            return (int)value;
        }

        diagnostics.Error(DiagnosticCode.InvalidHistoryArgument, syntax.Span, owner, $"{what} ({ExpressionText.Of(syntax)})");
        return 0;
    }

    private BoundExpression BindAggregate(CallExpression call, AggregateFunction function, Scope scope)
    {
        var name = call.Function.Name;
        var owner = "'" + name + "'";
        if (scope.EnclosingCall is { } outer)
        {
            diagnostics.Error(DiagnosticCode.InvalidHistoryNesting, call.Span, "'" + outer + "'",
                $"'{ExpressionText.Of(call)}': an aggregate may not sit inside a history function or another aggregate; make it a metric and read that");
        }

        var inner = scope with { EnclosingCall = name };
        if (!CheckArgumentCount(call, 1, 1, inner))
        {
            if (call.Where is not null) Bind(call.Where, inner);
            return new BoundErrorExpression(ValueType.Number, call.Span);
        }

        var argumentSyntax = call.Arguments[0];
        var argument = Bind(argumentSyntax, inner);
        var by = call.By is null ? null : table.ResolveTextInput(call.By, DiagnosticCode.ByNotText, diagnostics);
        BoundExpression? where = null;
        if (call.Where is not null)
        {
            where = Bind(call.Where, inner);
            Expect(where, call.Where, ValueType.Flag, "'where'", "a flag");
        }

        // group_count counts values of any type; the others take numbers only: "no other aggregate takes a date" (spec 12.7).
        if (function != AggregateFunction.Count) Expect(argument, argumentSyntax, ValueType.Number, owner, "a number");
        return new BoundAggregate(function, argument, by, where, ValueType.Number, slots.NextAggregate(), call.Span);
    }
}
