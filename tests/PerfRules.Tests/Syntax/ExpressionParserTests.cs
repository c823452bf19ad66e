using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

public class ExpressionParserTests
{
    // "metric m = " is 11 characters, so an expression starts in column 12.
    private static ExpressionSyntax Expression(string text)
    {
        var parsed = Parsed.From("metric m = " + text);
        Assert.Empty(parsed.Diagnostics);
        return parsed.Single<MetricDeclaration>().Expression;
    }

    private static string Shape(string text) => TreeText.Of(Expression(text));

    [Theory]
    [InlineData("a or b and not c == d + e * -f", "(or a (and b (not (== c (+ d (* e (- f)))))))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b * c", "(* (/ a b) c)")]
    [InlineData("a or b or c", "(or (or a b) c)")]
    [InlineData("a and b or c and d", "(or (and a b) (and c d))")]
    [InlineData("not a == b", "(not (== a b))")]
    [InlineData("not a and b", "(and (not a) b)")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("-a * b", "(* (- a) b)")]
    [InlineData("- -a", "(- (- a))")]
    [InlineData("a - -b", "(- a (- b))")]
    [InlineData("(a + b) * c", "(* (+ a b) c)")]
    [InlineData("a + b <= c * 2", "(<= (+ a b) (* c 2))")]
    [InlineData("x != \"gold\"", "(!= x \"gold\")")]
    [InlineData("true and not false", "(and true (not false))")]
    public void Operators_bind_in_the_order_of_the_spec(string text, string shape) =>
        Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("score", "score")]
    [InlineData("rank", "rank")]
    [InlineData("group_size", "group_size")]
    [InlineData("grade", "grade")]
    [InlineData("multiplier", "multiplier")]
    [InlineData("period_start", "period_start")]
    [InlineData("period_end", "period_end")]
    [InlineData("default", "default")]
    public void Built_in_values_and_plain_names_are_name_expressions(string text, string name) =>
        Assert.Equal(name, Assert.IsType<NameExpression>(Expression(text)).Name);

    [Theory]
    [InlineData("min(a, b, 3)", "min[a, b, 3]")]
    [InlineData("top(10%)", "top[0.10%]")]
    [InlineData("top(20%, revenue_board)", "top[0.20%, revenue_board]")]
    [InlineData("score(performance)", "score[performance]")]
    [InlineData("rank(revenue_board) <= 3", "(<= rank[revenue_board] 3)")]
    [InlineData("previous(x, 2)", "previous[x, 2]")]
    [InlineData("streak(top(20%)) >= 2", "(>= streak[top[0.20%]] 2)")]
    [InlineData("if(is_missing(x), 0, round(x / 3, 2))", "if[is_missing[x], 0, round[(/ x 3), 2]]")]
    [InlineData("level(agent_level) == \"regional\"", "(== level[agent_level] \"regional\")")]
    [InlineData("months_between(joined, period_end) < 3", "(< months_between[joined, period_end] 3)")]
    [InlineData("highest(revenue)", "highest[revenue]")]
    [InlineData("unknown_function()", "unknown_function[]")]
    public void Calls_take_comma_separated_arguments(string text, string shape) =>
        Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("group_sum(revenue by team)", "group_sum[revenue by team]")]
    [InlineData("group_count(x where rank <= 5)", "group_count[x where (<= rank 5)]")]
    [InlineData("group_sum(excess by team where rank <= 5 and attainment >= 200%)",
        "group_sum[excess by team where (and (<= rank 5) (>= attainment 2.00%))]")]
    [InlineData("group_avg(a + b)", "group_avg[(+ a b)]")]
    public void Aggregates_take_by_and_where_inside_their_parentheses(string text, string shape) =>
        Assert.Equal(shape, Shape(text));

    [Fact]
    public void Percent_literals_hold_the_value_divided_by_100()
    {
        // 95% is 95 / 100 = 0.95; 1_000_000% is 10000; 12.5% is 0.125
        var literals = new[] { "95%", "1_000_000%", "12.5%", "0.95" }
            .Select(t => Assert.IsType<NumberExpression>(Expression(t)).Literal)
            .ToArray();

        Assert.Equal([0.95m, 10000m, 0.125m, 0.95m], literals.Select(l => l.Value));
        Assert.Equal([true, true, true, false], literals.Select(l => l.IsPercent));
        Assert.Equal(["95%", "1_000_000%", "12.5%", "0.95"], literals.Select(l => l.Text));
    }

    [Fact]
    public void String_escapes_are_resolved()
    {
        var text = Assert.IsType<StringExpression>(Expression("\"say \\\"hi\\\"\\\\\\n\"")).Literal.Value;
        Assert.Equal("say \"hi\"\\\n", text);
    }

    [Fact]
    public void Binary_spans_cover_both_operands_and_point_at_the_operator()
    {
        // metric m = a + b * c
        // col:       12  16  20
        var sum = Assert.IsType<BinaryExpression>(Expression("a + b * c"));
        Assert.Equal(new SourceSpan(11, 9, 1, 12), sum.Span);
        Assert.Equal(new SourceSpan(13, 1, 1, 14), sum.OperatorSpan);
        var product = Assert.IsType<BinaryExpression>(sum.Right);
        Assert.Equal(new SourceSpan(15, 5, 1, 16), product.Span);
        Assert.Equal(new SourceSpan(17, 1, 1, 18), product.OperatorSpan);
    }

    [Fact]
    public void Parentheses_belong_to_the_span_of_what_they_enclose()
    {
        // metric m = (a + b) * c : the sum spans "(a + b)", columns 12 to 18
        var product = Assert.IsType<BinaryExpression>(Expression("(a + b) * c"));
        Assert.Equal(new SourceSpan(11, 7, 1, 12), product.Left.Span);
        Assert.Equal(new SourceSpan(11, 11, 1, 12), product.Span);
    }

    [Fact]
    public void Call_and_unary_spans_cover_their_whole_text()
    {
        // metric m = -min(a, b) : the call spans "min(a, b)" from column 13, the negation from column 12
        var negation = Assert.IsType<UnaryExpression>(Expression("-min(a, b)"));
        Assert.Equal(new SourceSpan(11, 10, 1, 12), negation.Span);
        var call = Assert.IsType<CallExpression>(negation.Operand);
        Assert.Equal(new SourceSpan(12, 9, 1, 13), call.Span);
        Assert.Equal(new SourceSpan(12, 3, 1, 13), call.Function.Span);
    }

    [Fact]
    public void A_long_chain_of_additions_does_not_overflow_the_stack()
    {
        // 1,000 terms make 999 additions, each the left child of the next: a tree 1,000 deep, the most allowed.
        var text = "a" + string.Concat(Enumerable.Repeat(" + a", 999));
        var tree = Expression(text);

        var depth = 0;
        while (tree is BinaryExpression { Operator: BinaryOperator.Add } sum)
        {
            depth++;
            tree = sum.Left;
        }

        Assert.Equal(999, depth);
    }
}
