using System.Collections.Immutable;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Syntax;

public class PerfTokenizerTests
{
    private static (TokenizedText Tokens, ImmutableArray<Diagnostic> Diagnostics) Tokenize(string text)
    {
        var bag = new DiagnosticBag("test.perf");
        var tokens = PerfTokenizer.Tokenize(text, new SyntaxErrors(bag));
        return (tokens, bag.ToSortedArray());
    }

    private static PerfToken[] Kinds(string text) => Tokenize(text).Tokens.Tokens.Select(t => t.Kind).ToArray();

    [Fact]
    public void Operators_take_the_longest_match()
    {
        Assert.Equal(
            [PerfToken.Equal, PerfToken.Assign, PerfToken.NotEqual, PerfToken.LessOrEqual, PerfToken.Less,
             PerfToken.GreaterOrEqual, PerfToken.Greater, PerfToken.Plus, PerfToken.Minus, PerfToken.Star, PerfToken.Slash],
            Kinds("=== != <= < >= > + - * /"));
    }

    [Fact]
    public void Keywords_are_reserved_but_default_is_a_name()
    {
        Assert.Equal(
            [PerfToken.Dimension, PerfToken.Identifier, PerfToken.GroupSum, PerfToken.PeriodStart, PerfToken.Identifier, PerfToken.Identifier],
            Kinds("dimension default group_sum period_start Period rank_2"));
    }

    [Fact]
    public void Every_keyword_of_the_spec_is_a_keyword()
    {
        const string words = "plan period input metric dimension weight kpi linear from to ladder prorated line at pays bands " +
            "scores otherwise score missing skip veto grade rank by asc desc within grades top when payout require multiplier " +
            "flag and or not true false optional month quarter year number money count percent text sum avg min max last " +
            "previous streak abs round clamp if coalesce is_missing group_size profile award levels level where week date " +
            "period_start period_end highest lowest times latest group_sum group_avg group_min group_max group_count " +
            "days_between months_between";

        var kinds = Kinds(words);
        Assert.Equal(words.Split(' ').Length, kinds.Length);
        Assert.All(kinds, k => Assert.True(Keywords.IsKeyword(k), k.ToString()));
        Assert.Equal(kinds.Length, kinds.Distinct().Count());
    }

    [Fact]
    public void Comments_are_kept_apart_from_the_tokens()
    {
        var (tokens, diagnostics) = Tokenize("period month // cadence\n// whole line\r\ninput a number //last");

        Assert.Empty(diagnostics);
        Assert.Equal(5, tokens.Tokens.Length);
        Assert.Equal(["// cadence", "// whole line", "//last"], tokens.Comments.Select(c => c.Text));
        Assert.Equal(new SourceSpan(13, 10, 1, 14), tokens.Comments[0].Span);
        Assert.Equal(new SourceSpan(24, 13, 2, 1), tokens.Comments[1].Span);
        Assert.Equal((3, 16), (tokens.Comments[2].Span.Line, tokens.Comments[2].Span.Column));
    }

    [Fact]
    public void Lines_end_at_LF_CRLF_or_a_lone_CR_and_a_tab_is_one_column()
    {
        var tokens = Tokenize("a\r\n\tb\rc\nd").Tokens.Tokens;

        Assert.Equal([(1, 1), (2, 2), (3, 1), (4, 1)], tokens.Select(t => (t.Position.Line, t.Position.Column)));
    }

    [Fact]
    public void Numbers_keep_their_text_and_percent_sign()
    {
        var tokens = Tokenize("1_500_000 95% 0.95 12.5%").Tokens.Tokens;

        Assert.All(tokens, t => Assert.Equal(PerfToken.NumberLiteral, t.Kind));
        Assert.Equal(["1_500_000", "95%", "0.95", "12.5%"], tokens.Select(t => t.ToStringValue()));
    }

    [Fact]
    public void A_string_token_includes_its_quotes_and_escapes()
    {
        var token = Assert.Single(Tokenize("\"a \\\"b\\\" c\"").Tokens.Tokens);
        Assert.Equal(PerfToken.StringLiteral, token.Kind);
        Assert.Equal("\"a \\\"b\\\" c\"", token.ToStringValue());
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_skipped()
    {
        var (tokens, diagnostics) = Tokenize("\uFEFFperiod month");
        Assert.Empty(diagnostics);
        Assert.Equal((1, 1), (tokens.Tokens[0].Position.Line, tokens.Tokens[0].Position.Column));
    }
}
