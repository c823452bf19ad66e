using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

public class SyntaxErrorTests
{
    [Theory]
    [InlineData("metric a = b < c < d", 1, 18, "expected `and` or `or` between two comparisons, found `<`: comparisons do not chain")]
    [InlineData("input x monye", 1, 9, "expected an input type (`number`, `money`, `count`, `percent`, `text`, `flag` or `date`) after the input's name, found name `monye`")]
    [InlineData("input x money summ", 1, 15, "expected a rollup (`sum`, `avg`, `min`, `max` or `last`) or `optional` after the input's type, found name `summ`")]
    [InlineData("input x money sum optinal", 1, 19, "expected `optional` after the input's rollup, found name `optinal`")]
    [InlineData("period decade", 1, 8, "expected `month`, `quarter`, `year` or `week` after `period`, found name `decade`")]
    [InlineData("dimension d weight 100% { kpi a weight 100% lineer from 0 to 1 }", 1, 45, "expected a scoring curve (`linear`, `ladder`, `bands` or `score =`) after the KPI's weight, found name `lineer`")]
    [InlineData("dimension d weight 100% { kpi a weight 100% bands { at 1 scores 2 } }", 1, 67, "expected `at`, or `otherwise` before the `}`, found `}`")]
    [InlineData("dimension d weight 100% { kpi a weight 100% ladder { line x at 1 } }", 1, 66, "expected `pays` after the line's threshold, found `}`")]
    [InlineData("dimension d weight 100% { kpi a weight 100% linear from - to 1 }", 1, 59, "expected a number after `-`, found `to`")]
    [InlineData("dimension d weight 100% { metric a = 1 }", 1, 27, "expected `kpi` or `}`, found `metric`")]
    [InlineData("metric m = sum(x by team)", 1, 18, "expected `,` or `)`, found `by`")]
    [InlineData("metric m = group_sum(x by team where)", 1, 37, "expected a condition after `where`, found `)`")]
    [InlineData("metric m = abs + 1", 1, 16, "expected `(` after `abs`, found `+`")]
    [InlineData("metric m = (a + b", 1, 18, "expected `)`, found end of file")]
    [InlineData("metric m = min(a b)", 1, 18, "expected `,` or `)`, found name `b`")]
    [InlineData("metric m = ", 1, 11, "expected an expression after `=`, found end of file")]
    [InlineData("metric m = a == not b", 1, 17, "expected an expression after `==`, found `not`")]
    [InlineData("grades { S at 85 top 5% B }", 1, 18, "expected a new grade line or `}`, found `top`: a line's parts come once each, in the order `top`, `at`, `when`")]
    [InlineData("grades { S top 5% 7 }", 1, 19, "expected a grade line or `}`, found number `7`")]
    [InlineData("veto x D \"r\"", 1, 8, "expected `grade` or the veto's reason in double quotes, found name `D`")]
    [InlineData("rank revenue_board revenue", 1, 20, "expected `by` after the ranking's name, found name `revenue`")]
    [InlineData("rank 5", 1, 6, "expected `by` or a name for the ranking, found number `5`")]
    [InlineData("payout { multiplier 1 when }", 1, 28, "expected a condition after `when`, found `}`")]
    [InlineData("payout { bonus 1 }", 1, 10, "expected `require`, `multiplier` or `}`, found name `bonus`")]
    [InlineData("flag f x > 1 \"m\"", 1, 8, "expected `when` after the flag's name, found name `x`")]
    [InlineData("award a = 1", 1, 12, "expected the award's label in double quotes, found end of file")]
    [InlineData("plan Acme", 1, 6, "expected the plan's name in double quotes after `plan`, found name `Acme`")]
    [InlineData("}", 1, 1, "expected a declaration such as `input`, `metric` or `dimension`, found `}`")]
    [InlineData("revenue = 1", 1, 1, "expected a declaration such as `input`, `metric` or `dimension`, found name `revenue`")]
    [InlineData("plan \"a very long name that keeps going\" \"and a second one that is longer still\"", 1, 42, "expected a declaration such as `input`, `metric` or `dimension`, found string \"and a second one that...\"")]
    public void Syntax_errors_say_what_was_expected_and_what_was_found(string text, int line, int column, string message)
    {
        var diagnostic = Assert.Single(Parsed.From(text).Diagnostics);
        Assert.Equal((DiagnosticCode.Syntax, line, column, message), (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.Message));
    }

    [Fact]
    public void Each_broken_declaration_is_reported_once_in_order_and_the_rest_still_parse()
    {
        var parsed = Parsed.From("""
            period month
            input revenue money sum
            dimension performance weight 60%
              kpi revenue weight 100% linear from 0 to 1
            }
            metric growth = revenue / previous(revenue) -
            metric ratio = revenue * 2
            flag f when ratio > 1 "m" extra words here
            grades { S top 5% A }
            """);

        Assert.Equal(
            [
                (DiagnosticCode.Syntax, 4, 3, "expected `{` after the dimension's weight, found `kpi`"),
                (DiagnosticCode.Syntax, 7, 1, "expected an expression after `-`, found `metric`"),
                (DiagnosticCode.Syntax, 8, 27, "expected a declaration such as `input`, `metric` or `dimension`, found name `extra`"),
            ],
            parsed.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)));
        Assert.Equal(
            [typeof(PeriodDeclaration), typeof(InputDeclaration), typeof(MetricDeclaration), typeof(FlagDeclaration), typeof(GradesDeclaration)],
            parsed.Plan.Declarations.Select(d => d.GetType()));
        Assert.Equal("ratio", parsed.Plan.Declarations.OfType<MetricDeclaration>().Single().Name.Name);
    }

    [Fact]
    public void A_broken_declaration_spanning_several_lines_gives_one_error()
    {
        var parsed = Parsed.From("""
            payout {
              require x >= 1
              multiplier 2 when
              multiplier 1
            }
            period month
            """);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((3, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("expected the requirement's reason in double quotes, found `multiplier`", diagnostic.Message);
        Assert.IsType<PeriodDeclaration>(Assert.Single(parsed.Plan.Declarations));
    }

    [Fact]
    public void A_missing_closing_brace_is_reported_at_the_next_declaration_which_still_parses()
    {
        var parsed = Parsed.From("""
            grades {
              S top 5%
              B
            period month
            """);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((DiagnosticCode.Syntax, 4, 1, "expected a grade line or `}`, found `period`"),
            (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.Message));
        Assert.IsType<PeriodDeclaration>(Assert.Single(parsed.Plan.Declarations));
    }

    [Fact]
    public void Recovery_waits_for_a_declaration_keyword_at_the_start_of_a_line()
    {
        // After the broken metric, `input` in the middle of line 1 is not a restart point; `input` on line 2 is.
        var parsed = Parsed.From("metric a = = 1 input b number\ninput c number");

        Assert.Single(parsed.Diagnostics);
        Assert.Equal("c", Assert.IsType<InputDeclaration>(Assert.Single(parsed.Plan.Declarations)).Name.Name);
    }

    [Fact]
    public void Lexical_errors_inside_a_declaration_leave_it_in_the_tree()
    {
        var parsed = Parsed.From("input café number\nmetric m = 1__0 + café");

        Assert.Equal([DiagnosticCode.InvalidIdentifier, DiagnosticCode.MalformedNumber, DiagnosticCode.InvalidIdentifier],
            parsed.Diagnostics.Select(d => d.Code));
        Assert.Equal(2, parsed.Plan.Declarations.Length);
    }
}
