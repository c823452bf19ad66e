using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using PerfRules.Syntax.Formatting;

namespace PerfRules.Binding;

/// <summary>
/// The built-in values read with a name in parentheses: <c>score(NAME)</c>, <c>rank(NAME)</c>,
/// <c>group_size(NAME)</c>, <c>top(P [, NAME])</c> and <c>level(NAME)</c>.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindScoreOf(CallExpression call, Scope scope)
    {
        if (!CheckArgumentCount(call, 1, 1, scope)) return new BoundErrorExpression(ValueType.Number, call.Span);

        var argument = call.Arguments[0];
        if (argument is not NameExpression name)
        {
            diagnostics.Error(DiagnosticCode.NotScored, argument.Span, ExpressionText.Of(argument), "an expression, not a name");
            return new BoundErrorExpression(ValueType.Number, call.Span);
        }

        if (table.LookupScoreTarget(name.Name) is not { } target)
        {
            var what = table.Describe(name.Name);
            if (table.Lookup(name.Name)?.Kind is NameKind.Input or NameKind.Metric) what += " that no KPI scores";
            diagnostics.Error(DiagnosticCode.NotScored, argument.Span, name.Name, what);
            return new BoundErrorExpression(ValueType.Number, call.Span);
        }

        return Staged(new BoundScoreRef(target, call.Span), ExpressionText.Of(call), StageRules.Score, scope);
    }

    private BoundExpression BindRankOf(CallExpression call, Scope scope, bool groupSize)
    {
        if (!CheckArgumentCount(call, 1, 1, scope)) return new BoundErrorExpression(ValueType.Number, call.Span);
        if (ResolveRanking(call.Arguments[0]) is not { } ranking) return new BoundErrorExpression(ValueType.Number, call.Span);

        BoundExpression value = groupSize ? new BoundGroupSizeRef(ranking, call.Span) : new BoundRankRef(ranking, call.Span);
        return Staged(value, ExpressionText.Of(call), StageRules.Ranking, scope);
    }

    private BoundExpression BindTop(CallExpression call, Scope scope)
    {
        if (!CheckArgumentCount(call, 1, 2, scope)) return new BoundErrorExpression(ValueType.Flag, call.Span);

        var share = call.Arguments[0] is NumberExpression number
            ? TopShare.Read(number.Literal, diagnostics)
            : TopShare.Report(ExpressionText.Of(call.Arguments[0]), call.Arguments[0].Span, diagnostics);
        var ranking = call.Arguments.Length == 2 ? ResolveRanking(call.Arguments[1]) : table.MainRanking;
        if (share is not { } p || ranking is null) return new BoundErrorExpression(ValueType.Flag, call.Span);

        return Staged(new BoundTopRef(p, ranking, call.Span), ExpressionText.Of(call), StageRules.Ranking, scope);
    }

    private BoundExpression BindLevel(CallExpression call, Scope scope)
    {
        if (!CheckArgumentCount(call, 1, 1, scope)) return new BoundErrorExpression(ValueType.Text, call.Span);

        var argument = call.Arguments[0];
        var name = (argument as NameExpression)?.Name ?? ExpressionText.Of(argument);
        var entry = table.Lookup(name);
        if (entry is { Kind: NameKind.Levels, Symbol: ClassificationSymbol levels })
        {
            return Staged(new BoundLevelRef(levels, call.Span), ExpressionText.Of(call), StageRules.Level, scope);
        }

        var what = table.Describe(name);
        if (argument is NameExpression && what == "not declared") table.ReportUnknown(diagnostics, name, argument.Span);
        else diagnostics.Error(DiagnosticCode.NotCallable, argument.Span, name, (argument is NameExpression ? what : "an expression") + ", not a levels block");
        return new BoundErrorExpression(ValueType.Text, call.Span);
    }

    /// <summary>The named ranking an argument names; reported and null when it names none.</summary>
    private RankingSymbol? ResolveRanking(ExpressionSyntax argument)
    {
        if (argument is NameExpression name && table.LookupRanking(name.Name) is { } ranking) return ranking;
        diagnostics.Error(DiagnosticCode.UnknownRanking, argument.Span, ExpressionText.Of(argument));
        return null;
    }
}
