using PerfRules.Diagnostics;
using PerfRules.Tests.Properties;
using PerfRules.Tests.Samples;
using PerfRules.Tests.Syntax;

namespace PerfRules.Tests.Syntax.Formatting;

public class PlanFormatterTests
{
    private static string Format(string text)
    {
        var result = PlanFormatter.Format(text, "plan.perf");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Text;
    }

    [Fact]
    public void Every_construct_gets_its_own_line_two_space_indents_and_single_spaces()
    {
        var messy = """
            plan   "Tour \"quoted\""    period month
            input revenue money sum   input team text last optional
            input target	money
            metric attainment=(revenue)/((target))
            metric gap = revenue - (target - 1)
            dimension results weight 70% { kpi attainment weight 60% linear from 50% to 150%
            kpi gap weight 40% ladder prorated { line base at -10 pays 60 line high at - 5 pays 40 } missing skip }
            dimension behaviour weight 30% { kpi revenue weight 100% bands { at 10 scores 100 otherwise 0 } }
            veto revenue < 0 grade C "Negative"
            rank by score, revenue asc within team
            grades { A top 10% at 80 when rank <= 3 B when (not (rank > 5)) C }
            payout { require attainment >= 90% "Low" multiplier 2 when top(10%) multiplier 1 }
            flag star when score >= 90 "Star"
            """;

        Assert.Equal("""
            plan "Tour \"quoted\""
            period month

            input revenue money sum
            input team text last optional
            input target money

            metric attainment = revenue / target
            metric gap = revenue - (target - 1)

            dimension results weight 70% {
              kpi attainment weight 60% linear from 50% to 150%
              kpi gap weight 40% ladder prorated {
                line base at -10 pays 60
                line high at -5 pays 40
              } missing skip
            }
            dimension behaviour weight 30% {
              kpi revenue weight 100% bands {
                at 10 scores 100
                otherwise 0
              }
            }

            veto revenue < 0 grade C "Negative"

            rank by score desc, revenue asc within team

            grades {
              A top 10% at 80 when rank <= 3
              B when not rank > 5
              C
            }

            payout {
              require attainment >= 90% "Low"
              multiplier 2 when top(10%)
              multiplier 1
            }

            flag star when score >= 90 "Star"

            """, Format(messy));
    }

    [Fact]
    public void Version_1_1_constructs_are_laid_out_like_the_others()
    {
        var messy = """
            profile key when role == "key" { dimension results weight 100% { kpi a weight 100% score = min(a * 100, 100) } }
            award bonus = if(rank <= 5, group_sum(a by team where a >= 2), 0) "Bonus"
            levels tier { gold when a >= 2 silver }
            rank board by a within team
            """;

        Assert.Equal("""
            profile key when role == "key" {
              dimension results weight 100% {
                kpi a weight 100% score = min(a * 100, 100)
              }
            }

            award bonus = if(rank <= 5, group_sum(a by team where a >= 2), 0) "Bonus"

            levels tier {
              gold when a >= 2
              silver
            }

            rank board by a desc within team

            """, Format(messy));
    }

    [Fact]
    public void Comments_stay_before_or_after_the_construct_they_belong_to()
    {
        var text = """
            // leading of the plan name
            plan "C" // trailing of the plan
            period month


            // two blank lines above make one
            input a number // about a
            input b number

            metric m = a + // first part
              b // second part
            dimension d weight 100% { // opens
              // before the KPI
              kpi a weight 100% linear from 0 to 10

              // before the close
            }
            // at the end
            """;

        // The metric's first trailing comment cannot stay at the end of a line that is now one line: it goes before it.
        Assert.Equal("""
            // leading of the plan name
            plan "C" // trailing of the plan
            period month

            // two blank lines above make one
            input a number // about a
            input b number

            // first part
            metric m = a + b // second part

            dimension d weight 100% { // opens
              // before the KPI
              kpi a weight 100% linear from 0 to 10

              // before the close
            }
            // at the end

            """, Format(text));
    }

    [Theory]
    [InlineData("metric m = ((a + b)) * c", "metric m = (a + b) * c")]
    [InlineData("metric m = a - (b - c) - (d + e)", "metric m = a - (b - c) - (d + e)")]
    [InlineData("metric m = (a - b) - c", "metric m = a - b - c")]
    [InlineData("metric m = - (-a) * -(b*c)", "metric m = --a * -(b * c)")]
    [InlineData("metric m = (a < b) == (c >= d)", "metric m = (a < b) == (c >= d)")]
    [InlineData("metric m = not (a and b) or (not c and d)", "metric m = not (a and b) or not c and d")]
    [InlineData("metric m = (a or b) and c", "metric m = (a or b) and c")]
    [InlineData("metric m = a == (not b)", "metric m = a == (not b)")]
    [InlineData("metric m = \"say \\\"hi\\\"\\n\\\\\" == t", "metric m = \"say \\\"hi\\\"\\n\\\\\" == t")]
    [InlineData("metric m = 1_500_000 + 95% + 0.50", "metric m = 1_500_000 + 95% + 0.50")]
    public void Expressions_keep_only_the_parentheses_their_tree_needs_and_numbers_as_written(string text, string expected)
    {
        Assert.Equal(expected + "\n", Format(text));
        Assert.Equal(SyntaxShape.Of(Parsed.From(text).Plan), SyntaxShape.Of(Parsed.From(expected).Plan));
    }

    [Fact]
    public void A_plan_with_a_syntax_error_is_not_formatted_and_says_why()
    {
        var result = PlanFormatter.Format("period month\ninput a money\nmetric = a\n", "plan.perf");

        Assert.False(result.Success);
        Assert.Null(result.Text);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCode.Syntax, 3, 8), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_plan_with_only_binding_mistakes_is_still_formatted()
    {
        // Weights adding up to 90% are a checker's matter; the layout does not depend on them.
        Assert.Equal("dimension d weight 90% {\n  kpi x weight 100% linear from 0 to 1\n}\n",
            Format("dimension d weight 90% { kpi x weight 100% linear from 0 to 1 }"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("// only a comment  \r\n", "// only a comment\n")]
    [InlineData("period month\r\ninput a number\r\n", "period month\n\ninput a number\n")]
    public void Empty_plans_comments_alone_and_CRLF_lines_come_out_with_LF(string text, string expected) =>
        Assert.Equal(expected, Format(text));

    [Fact]
    public void A_formatted_plan_is_reported_as_formatted_and_a_messy_one_is_not()
    {
        Assert.True(PlanFormatter.Format("period month\n").IsFormatted);
        Assert.False(PlanFormatter.Format("period  month\n").IsFormatted);
        Assert.False(PlanFormatter.Format("period month").IsFormatted);
    }

    public static TheoryData<string> PlanFiles()
    {
        var files = new TheoryData<string>();
        foreach (var folder in SampleOutputTests.SampleFolders())
            files.Add(Path.Combine(folder, "plan.perf"));
        foreach (var plan in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "plans"), "*.perf").Order(StringComparer.Ordinal))
            if (Parsed.From(File.ReadAllText(plan)).Diagnostics.IsEmpty) files.Add(plan);
        return files;
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void Every_sample_and_case_plan_survives_formatting_with_its_tree_and_comments(string path)
    {
        var text = File.ReadAllText(path);
        var original = Parsed.From(text);

        var formatted = Format(text);

        var reparsed = Parsed.From(formatted);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal(SyntaxShape.Of(original.Plan), SyntaxShape.Of(reparsed.Plan));
        Assert.Equal(CommentTexts(text), CommentTexts(formatted));
        Assert.Equal(formatted, Format(formatted));
        Assert.Equal(PerfPlan.Compile(text).Success, PerfPlan.Compile(formatted).Success);
    }

    private static string[] CommentTexts(string text)
    {
        PerfRules.Syntax.PlanParser.Parse(text, new DiagnosticBag(null), out var tokenized);
        return [.. tokenized.Comments.Select(c => c.Text.TrimEnd())];
    }
}
