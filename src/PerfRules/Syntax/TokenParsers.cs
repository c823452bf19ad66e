using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using Superpower;
using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>Parsers of single tokens and literals, each failing with an expectation that says what belongs there.</summary>
internal static class TokenParsers
{
    public static SourceSpan SpanOf(Token<PerfToken> token) => TokenizedText.SpanOf(token);

    /// <summary>Exactly this token; <paramref name="expectation"/> is what an error says was expected.</summary>
    public static TokenListParser<PerfToken, Token<PerfToken>> Expect(PerfToken kind, string expectation)
    {
        string[] expected = [expectation];
        return input =>
        {
            var next = input.ConsumeToken();
            return next.HasValue && next.Value.Kind == kind ? next : TokenListParserResult.Empty<PerfToken, Token<PerfToken>>(input, expected);
        };
    }

    /// <summary>Exactly this keyword, expected as itself (<c>`weight`</c>) plus the context given.</summary>
    public static TokenListParser<PerfToken, Token<PerfToken>> Keyword(PerfToken kind, string? context = null) =>
        Expect(kind, context is null ? $"`{Keywords.Spelling(kind)}`" : $"`{Keywords.Spelling(kind)}` {context}");

    /// <summary>One of a set of keywords, as an <see cref="Identifier"/> holding the keyword's text.</summary>
    public static TokenListParser<PerfToken, Identifier> OneOf(IReadOnlySet<PerfToken> kinds, string expectation)
    {
        string[] expected = [expectation];
        return input =>
        {
            var next = input.ConsumeToken();
            return next.HasValue && kinds.Contains(next.Value.Kind)
                ? TokenListParserResult.Value(new Identifier(next.Value.ToStringValue(), SpanOf(next.Value)), input, next.Remainder)
                : TokenListParserResult.Empty<PerfToken, Identifier>(input, expected);
        };
    }

    /// <summary>
    /// A name. A reserved word here is remembered in <paramref name="state"/>, so that the error can say that the
    /// word is reserved rather than list what was expected.
    /// </summary>
    public static TokenListParser<PerfToken, Identifier> Name(ParseState state, string expectation)
    {
        string[] expected = [expectation];
        return input =>
        {
            var next = input.ConsumeToken();
            if (next.HasValue && next.Value.Kind == PerfToken.Identifier)
                return TokenListParserResult.Value(new Identifier(next.Value.ToStringValue(), SpanOf(next.Value)), input, next.Remainder);

            if (next.HasValue && Keywords.IsKeyword(next.Value.Kind)) state.ReservedAt = next.Value;
            return TokenListParserResult.Empty<PerfToken, Identifier>(input, expected);
        };
    }

    /// <summary>A number literal, written without a sign.</summary>
    public static TokenListParser<PerfToken, NumberLiteral> Number(string expectation) =>
        Expect(PerfToken.NumberLiteral, expectation).Select(ToLiteral);

    /// <summary>A number literal with an optional leading <c>-</c>, folded into its value and text (curve thresholds).</summary>
    public static TokenListParser<PerfToken, NumberLiteral> SignedNumber(string expectation)
    {
        var unsigned = Number(expectation);
        var afterMinus = Number("a number after `-`");
        return input =>
        {
            var minus = input.ConsumeToken();
            if (!minus.HasValue || minus.Value.Kind != PerfToken.Minus) return unsigned(input);
            var number = afterMinus(minus.Remainder);
            return number.HasValue
                ? TokenListParserResult.Value(Negate(minus.Value, number.Value), input, number.Remainder)
                : number;
        };
    }

    /// <summary>A string literal, its escapes resolved.</summary>
    public static TokenListParser<PerfToken, StringLiteral> String(string expectation) =>
        Expect(PerfToken.StringLiteral, expectation).Select(t => new StringLiteral(StringText.ValueOf(t.ToStringValue()), SpanOf(t)));

    /// <summary><paramref name="parser"/> if the next token is <paramref name="introducer"/>, else null without consuming.</summary>
    public static TokenListParser<PerfToken, T?> OptionalAfter<T>(PerfToken introducer, TokenListParser<PerfToken, T> parser)
        where T : class => input =>
    {
        var next = input.ConsumeToken();
        if (!next.HasValue || next.Value.Kind != introducer) return TokenListParserResult.Value<PerfToken, T?>(null, input, input);
        var result = parser(next.Remainder);
        return result.HasValue
            ? TokenListParserResult.Value<PerfToken, T?>(result.Value, input, result.Remainder)
            : TokenListParserResult.CastEmpty<PerfToken, T, T?>(result);
    };

    /// <summary>The keyword if it is next, else null without consuming.</summary>
    public static TokenListParser<PerfToken, Token<PerfToken>?> OptionalKeyword(PerfToken kind) => input =>
    {
        var next = input.ConsumeToken();
        return next.HasValue && next.Value.Kind == kind
            ? TokenListParserResult.Value<PerfToken, Token<PerfToken>?>(next.Value, input, next.Remainder)
            : TokenListParserResult.Value<PerfToken, Token<PerfToken>?>(null, input, input);
    };

    /// <summary>
    /// Items up to and including the closing <c>}</c> (the <c>{</c> is already read). An item that does not even
    /// begin fails with <paramref name="expectation"/>, which should mention <c>`}`</c>.
    /// </summary>
    public static TokenListParser<PerfToken, BracedList<T>> ItemsUntilClose<T>(TokenListParser<PerfToken, T> item, string expectation) => input =>
    {
        var items = ImmutableArray.CreateBuilder<T>();
        var remainder = input;
        while (true)
        {
            var next = remainder.ConsumeToken();
            if (next.HasValue && next.Value.Kind == PerfToken.RightBrace)
                return TokenListParserResult.Value(new BracedList<T>(items.ToImmutable(), next.Value), input, next.Remainder);

            var result = item(remainder);
            if (!result.HasValue)
            {
                return result.Remainder == remainder
                    ? TokenListParserResult.Empty<PerfToken, BracedList<T>>(remainder, [expectation])
                    : TokenListParserResult.CastEmpty<PerfToken, T, BracedList<T>>(result);
            }

            items.Add(result.Value);
            remainder = result.Remainder;
        }
    };

    public static NumberLiteral ToLiteral(Token<PerfToken> token)
    {
        var text = token.ToStringValue();
        var (value, percent) = NumberText.ValueOf(text);
        return new NumberLiteral(value, percent, text, SpanOf(token));
    }

    private static NumberLiteral Negate(Token<PerfToken> minus, NumberLiteral number) =>
        new(number.Value == 0m ? number.Value : -number.Value, number.IsPercent, "-" + number.Text, SpanOf(minus).Through(number.Span));
}

/// <summary>The items of a <c>{ ... }</c> block and its closing brace.</summary>
internal readonly record struct BracedList<T>(ImmutableArray<T> Items, Token<PerfToken> Close);
