using System.Collections.Immutable;
using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

/// <summary>Text no plan author would write on purpose: every one of them is diagnosed, never thrown.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n\n  ")]
    [InlineData("// only a comment")]
    [InlineData("// a comment\r\n// and another, without a line break at the end")]
    public void Text_without_declarations_gives_an_empty_plan_and_no_diagnostics(string text)
    {
        var parsed = Parsed.From(text);
        Assert.Empty(parsed.Diagnostics);
        Assert.Empty(parsed.Plan.Declarations);
    }

    [Fact]
    public void A_comment_at_the_end_without_a_line_break_is_fine()
    {
        var parsed = Parsed.From("period month // the cadence");
        Assert.Empty(parsed.Diagnostics);
        Assert.IsType<PeriodDeclaration>(Assert.Single(parsed.Plan.Declarations));
    }

    [Theory]
    [InlineData("plan \"", 1, 6)]
    [InlineData("period month\nplan \"unfinished", 2, 6)]
    [InlineData("flag f when x \"message\\", 1, 15)]
    public void An_unterminated_string_at_the_end_of_the_file_is_one_error(string text, int line, int column)
    {
        var diagnostic = Assert.Single(Parsed.From(text).Diagnostics);
        Assert.Equal((DiagnosticCode.UnterminatedString, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Binary_bytes_are_reported_not_thrown_and_reading_stops_at_the_error_limit()
    {
        var bytes = new byte[100_000];
        new Random(20250714).NextBytes(bytes);
        var parsed = Parsed.From(Encoding.Latin1.GetString(bytes));

        Assert.InRange(parsed.Diagnostics.Length, 1, 101);
        Assert.All(parsed.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
        Assert.Equal(DiagnosticCode.TooManyErrors, parsed.Diagnostics[^1].Code);
    }

    [Fact]
    public void NUL_characters_between_declarations_are_reported_one_by_one()
    {
        var parsed = Parsed.From("period month\0\0\ninput a number");

        Assert.Equal([(1, 13), (1, 14)], parsed.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(parsed.Diagnostics, d => Assert.Equal("unexpected character U+0000", d.Message));
        Assert.Equal(2, parsed.Plan.Declarations.Length);
    }

    [Fact]
    public void A_plan_with_CRLF_line_endings_parses_like_one_with_LF()
    {
        var lf = Parsed.ReadCase("acme-sales.perf").ReplaceLineEndings("\n");
        var crlf = Parsed.From(lf.ReplaceLineEndings("\r\n"));
        var plain = Parsed.From(lf);

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(plain.Plan.Declarations.Select(d => (d.GetType(), d.Span.Line, d.Span.Column)),
            crlf.Plan.Declarations.Select(d => (d.GetType(), d.Span.Line, d.Span.Column)));
    }

    [Fact]
    public void A_ten_megabyte_plan_parses_completely()
    {
        var plan = Parsed.ReadCase("acme-sales.perf");
        var copies = 10_000_000 / plan.Length + 1;
        var parsed = Parsed.From(string.Concat(Enumerable.Repeat(plan, copies)));

        Assert.Empty(parsed.Diagnostics);
        // 22 declarations a copy
        Assert.Equal(22 * copies, parsed.Plan.Declarations.Length);
    }

    [Fact]
    public void A_megabyte_long_expression_on_one_line_parses()
    {
        // A call with 250,000 arguments is a wide but shallow tree.
        var text = "metric m = max(a" + string.Concat(Enumerable.Repeat(", a", 250_000)) + ")";
        var parsed = Parsed.From(text);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(text.Length, parsed.Single<MetricDeclaration>().Span.Length);
    }

    [Fact]
    public void A_megabyte_long_operator_chain_is_one_nesting_diagnostic()
    {
        // 250,001 terms make a tree 250,001 deep: far past the 1,000 levels every later pass can walk.
        var text = "metric m = a" + string.Concat(Enumerable.Repeat(" + a", 250_000));
        var diagnostic = Assert.Single(Parsed.From(text).Diagnostics);

        Assert.Equal(DiagnosticCode.NestingTooDeep, diagnostic.Code);
        Assert.Equal((1, 12), (diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("(", ")", 112)]
    [InlineData("not ", "", 412)]
    [InlineData("-", "", 112)]
    [InlineData("- ", "", 212)]
    [InlineData("f(", ")", 213)]
    [InlineData("not (", ")", 262)] // two levels an opener: the 101st level is the 51st `not`
    public void Ten_thousand_levels_of_nesting_are_refused_at_level_101(string open, string close, int column)
    {
        // "metric m = " is 11 characters; the 101st opener starts at 11 + 100 * length + 1, plus the name for a call.
        var text = "period month\nmetric m = " + string.Concat(Enumerable.Repeat(open, 10_000)) + "x"
                   + string.Concat(Enumerable.Repeat(close, 10_000)) + "\ninput a number";
        var parsed = Parsed.From(text);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((DiagnosticCode.NestingTooDeep, 2, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal([typeof(PeriodDeclaration), typeof(InputDeclaration)], parsed.Plan.Declarations.Select(d => d.GetType()));
    }

    [Fact]
    public void Deep_nesting_on_a_small_stack_is_reported_not_a_crash()
    {
        ImmutableArray<Diagnostic> diagnostics = [];
        var text = "metric m = " + new string('(', 10_000) + "x" + new string(')', 10_000);
        var thread = new Thread(() => diagnostics = Parsed.From(text).Diagnostics, maxStackSize: 128 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(DiagnosticCode.NestingTooDeep, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Numbers_far_past_the_decimal_range_are_one_error_each()
    {
        var parsed = Parsed.From("metric a = " + new string('9', 5000) + " + 0." + new string('1', 5000) + "%");

        Assert.Equal([DiagnosticCode.NumberNotRepresentable, DiagnosticCode.NumberNotRepresentable], parsed.Diagnostics.Select(d => d.Code));
        Assert.Single(parsed.Plan.Declarations);
    }

    [Fact]
    public void Names_in_other_scripts_are_one_error_each_and_the_plan_reads_on()
    {
        var parsed = Parsed.From("input 收入 money sum\ninput café number\nmetric 比率 = 收入 / café\nperiod month");

        Assert.Equal([(1, 7), (2, 7), (3, 8), (3, 13), (3, 18)], parsed.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(parsed.Diagnostics, d => Assert.Equal(DiagnosticCode.InvalidIdentifier, d.Code));
        Assert.Equal(4, parsed.Plan.Declarations.Length);
    }
}
