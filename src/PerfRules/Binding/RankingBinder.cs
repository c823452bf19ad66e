using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>
/// Binds the main ranking and the named ones (spec 7, 12.4): keys are expressions of the veto stage of any type,
/// <c>within</c> names a text input. Without <c>rank by</c> the main ranking is <c>rank by score desc</c>.
/// </summary>
internal sealed class RankingBinder(DeclarationTable table, ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    public void BindAll()
    {
        if (table.MainRankSyntax is { } main) Bind(main, table.MainRanking);
        else table.MainRanking.Keys = [new RankKey(new BoundScoreRef(null, SourceSpan.StartOfText), Descending: true)];

        foreach (var (syntax, symbol) in table.NamedRankings) Bind(syntax, symbol);
    }

    private void Bind(RankDeclaration syntax, RankingSymbol ranking)
    {
        ranking.Keys = ImmutableArray.CreateRange(syntax.Keys, k => new RankKey(expressions.Bind(k.Key, ExpressionPlace.RankKey), k.Descending));
        if (syntax.Within is { } within) ranking.Within = table.ResolveTextInput(within, DiagnosticCode.WithinNotText, diagnostics);
    }
}
