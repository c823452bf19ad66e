using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>The share P of <c>top(P)</c> and of a grade or levels line's <c>top P</c>: a number literal above 0 and at most 1 (100%).</summary>
internal static class TopShare
{
    public static decimal? Read(NumberLiteral literal, DiagnosticBag diagnostics) =>
        literal.Value is > 0m and <= 1m ? literal.Value : Report(literal.Text, literal.Span, diagnostics);

    public static decimal? Report(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCode.InvalidTopShare, span, text);
        return null;
    }
}
