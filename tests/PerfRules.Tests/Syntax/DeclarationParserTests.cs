using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

public class DeclarationParserTests
{
    private static T Declaration<T>(string text) where T : DeclarationSyntax
    {
        var parsed = Parsed.From(text);
        Assert.Empty(parsed.Diagnostics);
        return parsed.Single<T>();
    }

    [Fact]
    public void Input_reads_its_type_rollup_and_optional_flag()
    {
        var input = Declaration<InputDeclaration>("input revenue money sum optional");

        Assert.Equal("revenue", input.Name.Name);
        Assert.Equal("money", input.Type.Name);
        Assert.Equal("sum", input.Rollup?.Name);
        Assert.True(input.Optional);
        Assert.Equal(new SourceSpan(0, 32, 1, 1), input.Span);
    }

    [Theory]
    [InlineData("input joined date", "date", null, false)]
    [InlineData("input nps number avg", "number", "avg", false)]
    [InlineData("input note text optional", "text", null, true)]
    [InlineData("input team text last", "text", "last", false)]
    public void Input_parts_after_the_type_are_optional(string text, string type, string? rollup, bool optional)
    {
        var input = Declaration<InputDeclaration>(text);
        Assert.Equal(type, input.Type.Name);
        Assert.Equal(rollup, input.Rollup?.Name);
        Assert.Equal(optional, input.Optional);
    }

    [Theory]
    [InlineData("period month", "month")]
    [InlineData("period quarter", "quarter")]
    [InlineData("period year", "year")]
    [InlineData("period week", "week")]
    public void Period_holds_its_cadence_word(string text, string cadence) =>
        Assert.Equal(cadence, Declaration<PeriodDeclaration>(text).Cadence.Name);

    [Fact]
    public void Plan_name_is_the_string_value() =>
        Assert.Equal("Acme \"field\" sales", Declaration<PlanNameDeclaration>("plan \"Acme \\\"field\\\" sales\"").Name.Value);

    [Fact]
    public void Linear_thresholds_may_be_negative_and_the_sign_is_folded_into_the_literal()
    {
        var dimension = Declaration<DimensionDeclaration>("dimension d weight 100% { kpi growth weight 100% linear from -10% to 5 }");
        var linear = Assert.IsType<LinearCurveSyntax>(Assert.Single(dimension.Kpis).Curve);

        // -10% is -10 / 100 = -0.10
        Assert.Equal(-0.10m, linear.From.Value);
        Assert.Equal("-10%", linear.From.Text);
        Assert.True(linear.From.IsPercent);
        // "dimension d weight 100% { kpi growth weight 100% linear from " is 61 characters: the sign is column 62
        Assert.Equal(new SourceSpan(61, 4, 1, 62), linear.From.Span);
        Assert.Equal(5m, linear.To.Value);
    }

    [Fact]
    public void Ladder_and_bands_read_their_lines_with_signed_thresholds()
    {
        var dimension = Declaration<DimensionDeclaration>("""
            dimension d weight 100% {
              kpi loss weight 50% ladder { line small at -100 pays 40 line big at -200 pays 60 }
              kpi nps weight 50% bands { at -5 scores 100 at -20 scores 50 otherwise 0 } missing skip
            }
            """);

        var ladder = Assert.IsType<LadderCurveSyntax>(dimension.Kpis[0].Curve);
        Assert.False(ladder.Prorated);
        Assert.Equal(["small", "big"], ladder.Lines.Select(l => l.Name.Name));
        Assert.Equal([-100m, -200m], ladder.Lines.Select(l => l.At.Value));
        var bands = Assert.IsType<BandsCurveSyntax>(dimension.Kpis[1].Curve);
        Assert.Equal([-5m, -20m], bands.Bands.Select(b => b.At.Value));
        Assert.Equal([100m, 50m], bands.Bands.Select(b => b.Scores.Value));
        Assert.Equal(0m, bands.Otherwise.Value);
        Assert.True(dimension.Kpis[1].SkipWhenMissing);
        // The dimension runs from its keyword to its closing brace, the last character of the text.
        Assert.Equal((1, 1), (dimension.Span.Line, dimension.Span.Column));
        Assert.Equal(dimension.Span.End, dimension.Kpis[1].Span.End + "\n}".Length);
    }

    [Fact]
    public void Score_curve_takes_an_expression()
    {
        var dimension = Declaration<DimensionDeclaration>("dimension d weight 100% { kpi m weight 100% score = clamp(m * 100, 0, 100) }");
        var curve = Assert.IsType<ScoreCurveSyntax>(dimension.Kpis[0].Curve);
        Assert.Equal("clamp[(* m 100), 0, 100]", TreeText.Of(curve.Expression));
    }

    [Fact]
    public void Empty_dimension_ladder_and_bands_still_parse_for_the_binder_to_judge()
    {
        var parsed = Parsed.From("""
            dimension empty weight 10% { }
            dimension d weight 90% {
              kpi a weight 50% ladder prorated { }
              kpi b weight 50% bands { otherwise 40 }
            }
            """);

        Assert.Empty(parsed.Diagnostics);
        var dimensions = parsed.Plan.Declarations.Cast<DimensionDeclaration>().ToArray();
        Assert.Empty(dimensions[0].Kpis);
        Assert.Empty(Assert.IsType<LadderCurveSyntax>(dimensions[1].Kpis[0].Curve).Lines);
        var bands = Assert.IsType<BandsCurveSyntax>(dimensions[1].Kpis[1].Curve);
        Assert.Empty(bands.Bands);
        Assert.Equal(40m, bands.Otherwise.Value);
    }

    [Fact]
    public void Veto_reads_an_optional_grade_before_its_reason()
    {
        var withGrade = Declaration<VetoDeclaration>("veto data_violations > 0 grade D \"Customer-data breach\"");
        Assert.Equal("(> data_violations 0)", TreeText.Of(withGrade.Condition));
        Assert.Equal("D", withGrade.Grade?.Name);
        Assert.Equal("Customer-data breach", withGrade.Reason.Value);

        Assert.Null(Declaration<VetoDeclaration>("veto fraud \"Fraud\"").Grade);
    }

    [Fact]
    public void Named_rank_keeps_its_name_and_each_key_its_direction()
    {
        var rank = Declaration<RankDeclaration>("rank revenue_board by revenue desc, hire_date asc, collected / receivable within region");

        Assert.Equal("revenue_board", rank.Name?.Name);
        Assert.Equal(["revenue", "hire_date", "(/ collected receivable)"], rank.Keys.Select(k => TreeText.Of(k.Key)));
        Assert.Equal([true, false, true], rank.Keys.Select(k => k.Descending));
        Assert.Equal("region", rank.Within?.Name);
        // "rank revenue_board by revenue desc": the first key spans "revenue desc", columns 23 to 34
        Assert.Equal(new SourceSpan(22, 12, 1, 23), rank.Keys[0].Span);
    }

    [Fact]
    public void Main_rank_has_no_name()
    {
        var rank = Declaration<RankDeclaration>("rank by score");
        Assert.Null(rank.Name);
        Assert.True(Assert.Single(rank.Keys).Descending);
        Assert.Null(rank.Within);
    }

    [Fact]
    public void Grade_lines_end_where_the_next_name_begins()
    {
        var grades = Declaration<GradesDeclaration>("grades { S top 5% at 85 A top 20% B when rank <= 3 C at -1 D }");

        Assert.Equal(["S", "A", "B", "C", "D"], grades.Lines.Select(l => l.Name.Name));
        Assert.Equal(0.05m, grades.Lines[0].Top?.Value);
        Assert.Equal(85m, grades.Lines[0].At?.Value);
        Assert.Null(grades.Lines[1].At);
        Assert.Equal("(<= rank 3)", TreeText.Of(grades.Lines[2].When!));
        Assert.Equal(-1m, grades.Lines[3].At?.Value);
        Assert.True(grades.Lines[4].IsCatchAll);
    }

    [Fact]
    public void Levels_have_a_name_and_lines_like_grades()
    {
        var levels = Declaration<LevelsDeclaration>("""
            levels agent_level {
              city_partner when new_region_margin >= 20% and tenure_months <= 3
              regional     when knowledge >= 80 and orders >= 10 and retention >= 85%
              trainee
            }
            """);

        Assert.Equal("agent_level", levels.Name.Name);
        Assert.Equal(["city_partner", "regional", "trainee"], levels.Lines.Select(l => l.Name.Name));
        Assert.Equal("(and (>= new_region_margin 0.20%) (<= tenure_months 3))", TreeText.Of(levels.Lines[0].When!));
        Assert.True(levels.Lines[2].IsCatchAll);
    }

    [Fact]
    public void Payout_reads_require_and_multiplier_lines_in_order()
    {
        var payout = Declaration<PayoutDeclaration>("""
            payout {
              require collection_rate >= 95% "Collection rate under 95%"
              multiplier min(collection_rate, 100%) when top(10%)
              multiplier 2 when top(30%)
              multiplier 1
            }
            """);

        var require = Assert.IsType<RequireLineSyntax>(payout.Lines[0]);
        Assert.Equal("Collection rate under 95%", require.Reason.Value);
        var first = Assert.IsType<MultiplierLineSyntax>(payout.Lines[1]);
        Assert.Equal("min[collection_rate, 1.00%]", TreeText.Of(first.Value));
        Assert.Equal("top[0.10%]", TreeText.Of(first.When!));
        var last = Assert.IsType<MultiplierLineSyntax>(payout.Lines[3]);
        Assert.Null(last.When);
        // From `payout` to the closing brace: the whole text.
        Assert.Equal((0, 1, 1), (payout.Span.Start, payout.Span.Line, payout.Span.Column));
        Assert.Equal(payout.Lines[3].Span.End + "\n}".Length, payout.Span.End);
    }

    [Fact]
    public void Flag_profile_and_award_read_their_parts()
    {
        var parsed = Parsed.From("""
            flag star when score >= 90 "Ninety or more"
            profile key_account when role == "key_account" {
              dimension results weight 100% { kpi clv weight 100% linear from 0 to 10 }
            }
            award excess_share = if(rank <= 5, excess * 15%, 0) "Share of the team's excess profit"
            """);

        Assert.Empty(parsed.Diagnostics);
        var flag = Assert.IsType<FlagDeclaration>(parsed.Plan.Declarations[0]);
        Assert.Equal(("star", "(>= score 90)", "Ninety or more"), (flag.Name.Name, TreeText.Of(flag.Condition), flag.Message.Value));
        var profile = Assert.IsType<ProfileDeclaration>(parsed.Plan.Declarations[1]);
        Assert.Equal("key_account", profile.Name.Name);
        Assert.Equal("(== role \"key_account\")", TreeText.Of(profile.Condition));
        Assert.Equal("results", Assert.Single(profile.Dimensions).Name.Name);
        var award = Assert.IsType<AwardDeclaration>(parsed.Plan.Declarations[2]);
        Assert.Equal("if[(<= rank 5), (* excess 0.15%), 0]", TreeText.Of(award.Expression));
        Assert.Equal("Share of the team's excess profit", award.Label.Value);
    }

    [Fact]
    public void Declarations_need_no_separator_and_may_share_a_line()
    {
        var parsed = Parsed.From("period month input a number metric b = a * 2 metric c = b");

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(4, parsed.Plan.Declarations.Length);
    }

    [Fact]
    public void A_declaration_may_continue_on_a_line_that_starts_with_rank()
    {
        // `rank` begins a line here but is a value inside the award's expression, not a new declaration.
        var award = Declaration<AwardDeclaration>("award a = if(rank <= 5 and\nrank > 1, 1, 0) \"label\"");
        Assert.Equal("if[(and (<= rank 5) (> rank 1)), 1, 0]", TreeText.Of(award.Expression));
    }

    [Fact]
    public void The_plan_span_covers_the_whole_text()
    {
        // 12 characters, a line feed, 19 characters of comment
        var parsed = Parsed.From("period month\n// trailing comment");
        Assert.Equal(new SourceSpan(0, 32, 1, 1), parsed.Plan.Span);
    }
}
