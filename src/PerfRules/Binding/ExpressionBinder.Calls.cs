using System.Globalization;
using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>Calls: which family a function belongs to, its argument count, and the functions of spec 3 and 12.7.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindCall(CallExpression call, Scope scope)
    {
        var name = call.Function.Name;
        if (BuiltinNames.Aggregates.TryGetValue(name, out var aggregate)) return BindAggregate(call, aggregate, scope);

        ReportByAndWhere(call);
        if (BuiltinNames.History.TryGetValue(name, out var history)) return BindHistory(call, history, scope);
        if (BuiltinNames.Functions.TryGetValue(name, out var function)) return BindFunction(call, function, scope);
        switch (name)
        {
            case "score": return BindScoreOf(call, scope);
            case "rank": return BindRankOf(call, scope, groupSize: false);
            case "group_size": return BindRankOf(call, scope, groupSize: true);
            case "top": return BindTop(call, scope);
            case "level": return BindLevel(call, scope);
        }

        if (BuiltinNames.Values.Contains(name))
        {
            diagnostics.Error(DiagnosticCode.NotCallable, call.Function.Span, name, $"a value, not a function: write {name} without parentheses");
        }
        else if (table.Describe(name) is var what && what != "not declared")
        {
            diagnostics.Error(DiagnosticCode.NotCallable, call.Function.Span, name, what + ", not a function");
        }
        else
        {
            diagnostics.Error(DiagnosticCode.UnknownName, call.Function.Span, name);
        }

        return new BoundErrorExpression(ValueType.Number, call.Span);
    }

    private void ReportByAndWhere(CallExpression call)
    {
        if (call.By is not null)
        {
            diagnostics.Error(DiagnosticCode.ByWhereOutsideAggregate, call.By.Span, "by", call.Function.Name);
        }

        if (call.Where is not null)
        {
            diagnostics.Error(DiagnosticCode.ByWhereOutsideAggregate, call.Where.Span, "where", call.Function.Name);
        }
    }

    /// <summary>
    /// Checks the number of arguments; when it is wrong the call is reported, its arguments are still bound so that
    /// their own mistakes show, and false is returned.
    /// </summary>
    private bool CheckArgumentCount(CallExpression call, int min, int max, Scope scope)
    {
        var count = call.Arguments.Length;
        if (count >= min && count <= max) return true;

        var expected = (min, max) switch
        {
            (_, int.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"{min} or more arguments"),
            _ when min == max => string.Create(CultureInfo.InvariantCulture, $"{min} argument{(min == 1 ? "" : "s")}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{min} or {max} arguments"),
        };
        diagnostics.Error(DiagnosticCode.ArgumentCount, call.Function.Span, call.Function.Name, expected, count);
        foreach (var argument in call.Arguments) Bind(argument, scope);
        return false;
    }

    private BoundExpression BindFunction(CallExpression call, BuiltinFunction function, Scope scope)
    {
        var (min, max) = function switch
        {
            BuiltinFunction.Min or BuiltinFunction.Max => (1, int.MaxValue),
            BuiltinFunction.Abs or BuiltinFunction.IsMissing => (1, 1),
            BuiltinFunction.Clamp or BuiltinFunction.If => (3, 3),
            _ => (2, 2),
        };
        if (!CheckArgumentCount(call, min, max, scope))
        {
            var fixedType = function is BuiltinFunction.IsMissing ? ValueType.Flag : ValueType.Number;
            return new BoundErrorExpression(fixedType, call.Span);
        }

        var owner = "'" + call.Function.Name + "'";
        var args = ImmutableArray.CreateRange(call.Arguments, a => Bind(a, scope));
        ValueType? type;
        switch (function)
        {
            case BuiltinFunction.Min or BuiltinFunction.Max:
                type = CommonOrderedType(call, args, owner);
                break;
            case BuiltinFunction.Abs or BuiltinFunction.Round or BuiltinFunction.Clamp:
                var needs = args.Length == 1 ? "a number" : "numbers";
                for (var i = 0; i < args.Length; i++) Expect(args[i], call.Arguments[i], ValueType.Number, owner, needs);
                type = ValueType.Number;
                break;
            case BuiltinFunction.If:
                Expect(args[0], call.Arguments[0], ValueType.Flag, owner, "a flag as its condition");
                type = CommonType(call, args, 1, owner);
                break;
            case BuiltinFunction.Coalesce:
                type = CommonType(call, args, 0, owner);
                break;
            case BuiltinFunction.IsMissing:
                type = ValueType.Flag;
                break;
            default:
                Expect(args[0], call.Arguments[0], ValueType.Date, owner, "dates");
                Expect(args[1], call.Arguments[1], ValueType.Date, owner, "dates");
                type = ValueType.Number;
                break;
        }

        return type is { } t ? new BoundCall(function, args, t, call.Span) : new BoundErrorExpression(ValueType.Number, call.Span);
    }

    /// <summary>The one type of the arguments from <paramref name="first"/> on (<c>if</c>, <c>coalesce</c>); null when none could be bound.</summary>
    private ValueType? CommonType(CallExpression call, ImmutableArray<BoundExpression> args, int first, string owner)
    {
        ValueType? type = null;
        for (var i = first; i < args.Length; i++)
        {
            if (IsError(args[i])) continue;
            if (type is null) type = args[i].Type;
            else if (args[i].Type != type)
            {
                diagnostics.Error(DiagnosticCode.IncompatibleTypes, call.Arguments[i].Span, owner, TypeNames.A(type.Value), TypeNames.A(args[i].Type));
            }
        }

        return type;
    }

    /// <summary>The one type of <c>min</c>/<c>max</c> arguments: all numbers or all dates.</summary>
    private ValueType? CommonOrderedType(CallExpression call, ImmutableArray<BoundExpression> args, string owner)
    {
        ValueType? type = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (IsError(args[i]) || !ExpectOrdered(args[i], call.Arguments[i], owner)) continue;
            if (type is null) type = args[i].Type;
            else if (args[i].Type != type)
            {
                diagnostics.Error(DiagnosticCode.IncompatibleTypes, call.Arguments[i].Span, owner, TypeNames.A(type.Value), TypeNames.A(args[i].Type));
            }
        }

        return type;
    }
}
