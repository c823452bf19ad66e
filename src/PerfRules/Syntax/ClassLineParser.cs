using PerfRules.Syntax.Ast;
using Superpower;
using Superpower.Model;
using static PerfRules.Syntax.TokenParsers;

namespace PerfRules.Syntax;

/// <summary>
/// A line of <c>grades</c> or <c>levels</c>: <c>NAME [top PCT] [at SCORE] [when COND]</c>. Its optional parts all
/// begin with a keyword, so a line ends where the next line's name begins.
/// </summary>
internal static class ClassLineParser
{
    /// <param name="state">The parse's state (for reserved words).</param>
    /// <param name="expression">The expression parser, for <c>when</c>.</param>
    /// <param name="kind">"grade" or "level", for messages.</param>
    public static TokenListParser<PerfToken, ClassLineSyntax> Line(
        ParseState state, TokenListParser<PerfToken, ExpressionSyntax> expression, string kind) =>
        Parse.Sequence(
                Name(state, $"a {kind} line or `}}`"),
                OptionalAfter(PerfToken.Top, Number("a share such as 20% after `top`")),
                OptionalAfter(PerfToken.At, SignedNumber("a score after `at`")),
                OptionalAfter(PerfToken.When, expression.Named("a condition after `when`")),
                PartsInOrder(kind))
            .Select(p => new ClassLineSyntax(p.Item1, p.Item2, p.Item3, p.Item4,
                p.Item1.Span.Through(p.Item4?.Span ?? p.Item3?.Span ?? p.Item2?.Span ?? p.Item1.Span)));

    // A part written out of order or twice ("S at 85 top 5%") would otherwise be read as the name of a new line
    // and reported as a reserved word; say what is wrong instead.
    private static TokenListParser<PerfToken, bool> PartsInOrder(string kind) => input =>
    {
        var next = input.ConsumeToken();
        if (next.HasValue && next.Value.Kind is PerfToken.Top or PerfToken.At or PerfToken.When)
        {
            return TokenListParserResult.Empty<PerfToken, bool>(input,
                $"expected a new {kind} line or `}}`, found `{next.Value.ToStringValue()}`: a line's parts come once each, in the order `top`, `at`, `when`");
        }

        return TokenListParserResult.Value(true, input, input);
    };
}
