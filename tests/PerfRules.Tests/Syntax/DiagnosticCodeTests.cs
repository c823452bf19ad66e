using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Syntax;
using PerfRules.Text;

namespace PerfRules.Tests.Syntax;

/// <summary>Every code of the text and syntax range, with its exact line, column and message.</summary>
public class DiagnosticCodeTests
{
    private static Diagnostic Only(string text) => Assert.Single(Parsed.From(text).Diagnostics);

    private static void AssertDiagnostic(Diagnostic diagnostic, DiagnosticCode code, int line, int column, string message)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("period month\nmetric a = 1 @\n", 2, 14, "'@'")]
    [InlineData("period month\nmetric a = 1 \0", 2, 14, "U+0000")]
    [InlineData("metric a = 1 \u00A0+ 2", 1, 14, "U+00A0")]
    [InlineData("metric a = b \U0001F600", 1, 14, "'\U0001F600'")]
    [InlineData("metric a = b ! c", 1, 14, "'!'")]
    [InlineData("metric a = 5 %", 1, 14, "'%'")]
    public void PR0001_names_the_unexpected_character(string text, int line, int column, string shown) =>
        AssertDiagnostic(Only(text), DiagnosticCode.UnexpectedCharacter, line, column, $"unexpected character {shown}");

    [Fact]
    public void PR0001_is_reported_once_per_character_and_reading_goes_on()
    {
        var parsed = Parsed.From("period month @#\ninput a number");

        Assert.Equal([(1, 14), (1, 15)], parsed.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(parsed.Diagnostics, d => Assert.Equal(DiagnosticCode.UnexpectedCharacter, d.Code));
        Assert.Equal(2, parsed.Plan.Declarations.Length);
    }

    [Fact]
    public void PR0001_spares_the_syntax_error_it_causes_on_its_line()
    {
        // `@` is dropped, leaving `metric a = b c`: the stray `c` would be a syntax error, but the `@` explains it.
        var parsed = Parsed.From("metric a = b @ c\nmetric d = 1");

        AssertDiagnostic(Assert.Single(parsed.Diagnostics), DiagnosticCode.UnexpectedCharacter, 1, 14, "unexpected character '@'");
        Assert.Equal(2, parsed.Plan.Declarations.Length);
    }

    [Theory]
    [InlineData("plan \"Acme", 1, 6)]
    [InlineData("period month\nflag f when x \"open\nperiod year", 2, 15)]
    [InlineData("plan \"ends with a backslash\\", 1, 6)]
    [InlineData("plan \"escaped quote \\\"", 1, 6)]
    public void PR0002_points_at_the_opening_quote_of_a_string_left_open(string text, int line, int column) =>
        AssertDiagnostic(Only(text), DiagnosticCode.UnterminatedString, line, column,
            "unterminated string: a string must close with '\"' on the line it starts");

    [Fact]
    public void PR0002_keeps_the_declaration_around_the_string()
    {
        var parsed = Parsed.From("period month\nplan \"Acme\ninput a number");
        Assert.Equal("Acme", parsed.Plan.Declarations.OfType<PerfRules.Syntax.Ast.PlanNameDeclaration>().Single().Name.Value);
        Assert.Equal(3, parsed.Plan.Declarations.Length);
    }

    [Fact]
    public void PR0003_points_at_the_backslash_of_an_unknown_escape() =>
        AssertDiagnostic(Only("plan \"a\\tb\""), DiagnosticCode.InvalidEscape, 1, 8,
            "unknown escape '\\t' in a string: only \\\", \\\\ and \\n are allowed");

    [Theory]
    [InlineData("input café number", 1, 7, "café")]
    [InlineData("period month\ninput 收入 money sum", 2, 7, "收入")]
    [InlineData("metric x = ñandú_2 * 2", 1, 12, "ñandú_2")]
    public void PR0004_reports_a_non_ASCII_name_once_as_a_whole_word(string text, int line, int column, string word) =>
        AssertDiagnostic(Only(text), DiagnosticCode.InvalidIdentifier, line, column,
            $"'{word}' is not a valid name: names use ASCII letters, digits and '_', and start with a letter or '_'");

    [Theory]
    [InlineData("metric a = 79228162514264337593543950336", "79228162514264337593543950336", "out of range")]
    [InlineData("metric a = 7.9228162514264337593543950336", "7.9228162514264337593543950336", "more digits than a decimal holds")]
    [InlineData("metric a = 0.00000000000000000000000000001", "0.00000000000000000000000000001", "more than 28 decimals")]
    [InlineData("metric a = 0.000000000000000000000000001%", "0.000000000000000000000000001%", "more than 28 decimals")]
    [InlineData("metric a = 79_228_162_514_264_337_593_543_950_336", "79_228_162_514_264_337_593_543_950_336", "out of range")]
    public void PR0005_gives_the_literal_and_why_a_decimal_cannot_hold_it(string text, string literal, string reason) =>
        AssertDiagnostic(Only(text), DiagnosticCode.NumberNotRepresentable, 1, 12,
            $"number {literal} cannot be held exactly by a decimal ({reason})");

    [Fact]
    public void Numbers_at_the_edge_of_decimal_are_fine()
    {
        // 2^96 - 1 = 79228162514264337593543950335 is the largest mantissa; 1_000_000% is 10000.
        Assert.Empty(Parsed.From("metric a = 79228162514264337593543950335 + 7.9228162514264337593543950335 + 1_000_000%").Diagnostics);
    }

    [Fact]
    public void PR0006_says_what_was_expected_and_what_was_found() =>
        AssertDiagnostic(Only("dimension performance weight 60%\n  kpi revenue weight 100% linear from 0 to 1\n}"),
            DiagnosticCode.Syntax, 2, 3, "expected `{` after the dimension's weight, found `kpi`");

    [Fact]
    public void PR0006_at_the_end_of_the_file_points_just_past_the_last_token() =>
        AssertDiagnostic(Only("period month\nmetric a = 1 +   // dangling"), DiagnosticCode.Syntax, 2, 15,
            "expected an expression after `+`, found end of file");

    [Fact]
    public void PR0007_points_at_the_first_parenthesis_past_the_limit()
    {
        // 101 parentheses: the 101st opens in column 11 + 101 = 112.
        var text = "metric a = " + new string('(', 101) + "x" + new string(')', 101);
        AssertDiagnostic(Only(text), DiagnosticCode.NestingTooDeep, 1, 112, "expression nested more than 100 levels deep");
    }

    [Fact]
    public void PR0007_allows_exactly_100_levels()
    {
        var text = "metric a = " + string.Concat(Enumerable.Repeat("-(", 50)) + "x" + new string(')', 50);
        Assert.Empty(Parsed.From(text).Diagnostics);
    }

    [Theory]
    [InlineData("input rank number", 1, 7, "rank")]
    [InlineData("period month\nmetric grade = 1", 2, 8, "grade")]
    [InlineData("dimension level weight 100% { }", 1, 11, "level")]
    [InlineData("dimension d weight 100% { kpi times weight 100% linear from 0 to 1 }", 1, 31, "times")]
    [InlineData("flag date when x \"m\"", 1, 6, "date")]
    [InlineData("grades { S top 5% week }", 1, 19, "week")]
    [InlineData("rank score by revenue", 1, 6, "score")]
    [InlineData("rank by revenue within multiplier", 1, 24, "multiplier")]
    [InlineData("metric m = group_sum(x by period_end)", 1, 27, "period_end")]
    public void PR0008_points_at_a_reserved_word_used_as_a_name(string text, int line, int column, string word) =>
        AssertDiagnostic(Only(text), DiagnosticCode.ReservedWord, line, column, $"'{word}' is a reserved word and cannot be used as a name");

    [Fact]
    public void PR0009_points_at_the_first_byte_that_is_not_UTF_8()
    {
        var bag = new DiagnosticBag("plan.perf");
        var bytes = Encoding.UTF8.GetBytes("period month\ninput né ").Concat(new byte[] { 0xFF, 0x41 }).ToArray();

        Assert.False(SourceText.TryDecode(bytes, bag, out _));
        // line 2 is "input né " (9 characters) before the bad byte: column 10
        AssertDiagnostic(Assert.Single(bag.ToSortedArray()), DiagnosticCode.InvalidUtf8, 2, 10, "the file is not valid UTF-8 text (byte 0xFF)");
    }

    [Fact]
    public void UTF_8_text_decodes_without_its_byte_order_mark()
    {
        var bag = new DiagnosticBag("plan.perf");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("plan \"Café\"")).ToArray();

        Assert.True(SourceText.TryDecode(bytes, bag, out var text));
        Assert.Equal("plan \"Café\"", text);
        Assert.Equal(0, bag.Count);
    }

    [Theory]
    [InlineData("1__0")]
    [InlineData("1_")]
    [InlineData("1.")]
    [InlineData("1._5")]
    [InlineData("1.5.2")]
    [InlineData("1e5")]
    [InlineData("2_.5%")]
    public void PR0010_reports_a_malformed_number_as_written(string number) =>
        AssertDiagnostic(Only("metric a = " + number), DiagnosticCode.MalformedNumber, 1, 12,
            $"'{number}' is not a valid number: use digits with optional '_' between them and an optional fraction, such as 1_500_000 or 0.95");

    [Fact]
    public void PR0011_stops_reading_after_100_errors()
    {
        var text = "period month\n" + string.Concat(Enumerable.Repeat("@ ", 150)) + "\ninput a number";
        var parsed = Parsed.From(text);
        var diagnostics = parsed.Diagnostics;

        Assert.Equal(101, diagnostics.Length);
        Assert.All(diagnostics.Take(100), d => Assert.Equal(DiagnosticCode.UnexpectedCharacter, d.Code));
        // the 101st `@` is at column 2 * 100 + 1
        AssertDiagnostic(diagnostics[100], DiagnosticCode.TooManyErrors, 2, 201,
            "more than 100 errors in the plan's text; the rest of the file was not checked");
        // What came before the limit is kept; what comes after is not read.
        Assert.IsType<PerfRules.Syntax.Ast.PeriodDeclaration>(Assert.Single(parsed.Plan.Declarations));
    }

    [Fact]
    public void PR0011_also_ends_a_file_of_broken_declarations()
    {
        var text = string.Concat(Enumerable.Repeat("metric a = = 1\n", 150));
        var diagnostics = Parsed.From(text).Diagnostics;

        Assert.Equal(101, diagnostics.Length);
        Assert.All(diagnostics.Take(100), d => Assert.Equal(DiagnosticCode.Syntax, d.Code));
        Assert.Equal((DiagnosticCode.TooManyErrors, 101, 12), (diagnostics[100].Code, diagnostics[100].Line, diagnostics[100].Column));
    }
}
