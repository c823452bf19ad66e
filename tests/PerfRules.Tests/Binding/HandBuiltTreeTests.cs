using PerfRules.Binding;
using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Binding;

/// <summary>
/// Mistakes the parser already refuses in text (an unknown type, roll-up or period; <c>by</c> outside a group
/// function; a function name standing alone). The binder checks them too, for any tree; these tests build the tree
/// by hand, with positions as the text would give them.
/// </summary>
public class HandBuiltTreeTests
{
    [Fact]
    public void An_unknown_period_is_reported_at_the_cadence()
    {
        // period fortnight
        var plan = Plan(new PeriodDeclaration(Id("fortnight", 1, 8), At(1, 1)), Dimension(2));

        AssertSingle(plan, DiagnosticCode.UnknownCadence, 1, 8, "unknown period 'fortnight': use week, month, quarter or year");
    }

    [Fact]
    public void An_unknown_input_type_is_reported_at_the_type()
    {
        // input x currency
        var plan = Plan(Period, new InputDeclaration(Id("x", 2, 7), Id("currency", 2, 9), null, false, At(2, 1)), Dimension(3));

        AssertSingle(plan, DiagnosticCode.UnknownInputType, 2, 9, "unknown input type 'currency': use number, money, count, percent, text, flag or date");
    }

    [Fact]
    public void An_unknown_rollup_is_reported_at_the_rollup()
    {
        // input x number total
        var plan = Plan(Period, new InputDeclaration(Id("x", 2, 7), Id("number", 2, 9), Id("total", 2, 16), false, At(2, 1)), Dimension(3));

        AssertSingle(plan, DiagnosticCode.UnknownRollup, 2, 16, "unknown rollup 'total': use sum, avg, min, max or last");
    }

    [Fact]
    public void By_outside_a_group_function_is_reported_at_by_name()
    {
        // metric m = max(sales by team)
        var call = new CallExpression(Id("max", 3, 12), [new NameExpression("sales", At(3, 16))], Id("team", 3, 25), null, At(3, 12));
        var plan = Plan(Period, Dimension(2), new MetricDeclaration(Id("m", 3, 8), call, At(3, 1)));

        AssertSingle(plan, DiagnosticCode.ByWhereOutsideAggregate, 3, 25,
            "'by' belongs to the group functions (group_sum, group_avg, group_min, group_max, group_count), not to 'max'");
    }

    [Fact]
    public void A_function_name_standing_alone_is_reported_as_a_function()
    {
        // metric m = top
        var plan = Plan(Period, Dimension(2), new MetricDeclaration(Id("m", 3, 8), new NameExpression("top", At(3, 12)), At(3, 1)));

        AssertSingle(plan, DiagnosticCode.NotCallable, 3, 12, "'top' is a function: call it as top(...)");
    }

    private static readonly PeriodDeclaration Period = new(Id("quarter", 1, 8), At(1, 1));

    /// <summary><c>input sales number</c> and <c>dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }</c> on one line.</summary>
    private static DeclarationSyntax[] Dimension(int line)
    {
        var hundred = new NumberLiteral(1m, true, "100%", At(line, 20));
        var curve = new LinearCurveSyntax(new NumberLiteral(0m, false, "0", At(line, 60)), new NumberLiteral(10m, false, "10", At(line, 65)), At(line, 48));
        var kpi = new KpiSyntax(Id("sales", line, 31), hundred, curve, false, At(line, 27));
        return
        [
            new InputDeclaration(Id("sales", line, 80), Id("number", line, 90), null, false, At(line, 74)),
            new DimensionDeclaration(Id("d", line, 11), hundred, [kpi], At(line, 1)),
        ];
    }

    private static PlanSyntax Plan(params object[] parts) =>
        new([.. parts.SelectMany(p => p as DeclarationSyntax[] ?? [(DeclarationSyntax)p])], At(1, 1));

    private static void AssertSingle(PlanSyntax syntax, DiagnosticCode code, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag("plan.perf");
        var plan = Binder.Bind(syntax, diagnostics);

        var diagnostic = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((code, line, column, message), (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.Message));
        Assert.Null(plan);
    }

    private static SourceSpan At(int line, int column) => new(0, 1, line, column);

    private static Identifier Id(string name, int line, int column) => new(name, At(line, column));
}
