using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using PerfRules.Syntax.Formatting;

namespace PerfRules.Binding;

/// <summary>
/// Binds the payout block (spec 7, 12.3): <c>require</c> lines anywhere, and multiplier lines of which the last,
/// and only the last, has no <c>when</c>. A block without a multiplier line is a mistake: no line would give
/// the multiplier.
/// </summary>
internal sealed class PayoutBinder(ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    private const string MultiplierLines = "the multiplier lines";

    public PayoutSymbol Bind(PayoutDeclaration payout)
    {
        var requires = ImmutableArray.CreateBuilder<RequireLine>();
        var multipliers = new List<(MultiplierLineSyntax Syntax, MultiplierLine Line)>();
        foreach (var line in payout.Lines)
        {
            switch (line)
            {
                case RequireLineSyntax require:
                    var condition = expressions.BindCondition(require.Condition, ExpressionPlace.PayoutLine, "a 'require' line");
                    requires.Add(new RequireLine(condition, require.Reason.Value, require.Span));
                    break;
                case MultiplierLineSyntax multiplier:
                    var value = expressions.BindNumber(multiplier.Value, ExpressionPlace.PayoutLine, "a multiplier");
                    var when = multiplier.When is null
                        ? null
                        : expressions.BindCondition(multiplier.When, ExpressionPlace.PayoutLine, "the 'when' of a multiplier line");
                    multipliers.Add((multiplier, new MultiplierLine(value, when, multiplier.Span)));
                    break;
            }
        }

        if (payout.Lines.IsEmpty) diagnostics.Error(DiagnosticCode.EmptyBlock, payout.Span, "the payout block");
        else if (multipliers.Count == 0) diagnostics.Error(DiagnosticCode.EmptyBlock, payout.Span, "the multiplier list of the payout block");

        CatchAllRules.Check(multipliers, m => m.Syntax.When is null, m => m.Syntax.Span,
            m => "multiplier " + ExpressionText.Of(m.Syntax.Value), MultiplierLines, diagnostics);
        return new PayoutSymbol(requires.ToImmutable(), [.. multipliers.Select(m => m.Line)], payout.Span);
    }
}
