using NodaTime;
using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Comparisons of numbers, flags, texts and dates, and <c>min</c>/<c>max</c> of dates (spec sections 3, 5 and 12.7):
/// each operator on a smaller, an equal and a larger pair, and a missing side, which makes every comparison false.
/// </summary>
public class LogicTests
{
    private const string Plan = """
        period month
        input x  number
        input y  number
        input p  flag
        input q  flag optional
        input t  text optional
        input u  text optional
        input d1 date optional
        input d2 date optional
        metric lt  = x < y
        metric le  = x <= y
        metric gt  = x > y
        metric ge  = x >= y
        metric eq  = x == y
        metric ne  = x != y
        metric feq = p == q
        metric fne = p != q
        metric teq = t == u
        metric tne = t != u
        metric dlt = d1 < d2
        metric dle = d1 <= d2
        metric dgt = d1 > d2
        metric dge = d1 >= d2
        metric deq = d1 == d2
        metric dne = d1 != d2
        metric dmin = min(d1, d2)
        metric dmax = max(d1, d2)
        dimension d weight 100% { kpi x weight 100% linear from 0 to 100 }
        """;

    // e1: every left side smaller; e2: every pair equal; e3: left larger, right side missing for flags, texts and dates;
    // e4: left date later; e5: left text missing, right present.
    private const string Data = """
        employee,period,x,y,p,q,t,u,d1,d2
        e1,2025-07,1,2,true,false,a,b,2025-07-01,2025-07-02
        e2,2025-07,2,2,true,true,a,a,2025-07-05,2025-07-05
        e3,2025-07,3,2,true,,a,,2025-07-09,
        e4,2025-07,3,2,false,false,b,a,2025-07-09,2025-07-03
        e5,2025-07,3,2,false,true,,a,,2025-07-03
        """;

    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _result = PlanRunner.Score(Plan, Data);

    private string Holding(string employee, params string[] metrics) =>
        string.Join(" ", metrics.Where(m => _result.Employee(employee).Metric(m) is true));

    [Theory]
    [InlineData("e1", "lt le ne")]
    [InlineData("e2", "le ge eq")]
    [InlineData("e3", "gt ge ne")]
    public void Number_comparisons_hold_exactly_on_their_side_of_equality(string employee, string holding) =>
        Assert.Equal(holding, Holding(employee, "lt", "le", "gt", "ge", "eq", "ne"));

    [Theory]
    // true == false fails, != holds; true == true holds; a missing flag compares false both ways.
    [InlineData("e1", "fne")]
    [InlineData("e2", "feq")]
    [InlineData("e3", "")]
    [InlineData("e4", "feq")]
    public void Flag_comparisons_are_false_when_a_side_is_missing(string employee, string holding) =>
        Assert.Equal(holding, Holding(employee, "feq", "fne"));

    [Theory]
    // "a" vs "b": !=; "a" vs "a": ==; "a" vs missing and missing vs "a": neither, whichever side is missing.
    [InlineData("e1", "tne")]
    [InlineData("e2", "teq")]
    [InlineData("e3", "")]
    [InlineData("e5", "")]
    public void Text_comparisons_are_false_when_a_side_is_missing(string employee, string holding) =>
        Assert.Equal(holding, Holding(employee, "teq", "tne"));

    [Theory]
    // 07-01 vs 07-02: earlier; 07-05 vs 07-05: equal; 07-09 vs missing: nothing holds; 07-09 vs 07-03: later;
    // missing vs 07-03: nothing holds.
    [InlineData("e1", "dlt dle dne")]
    [InlineData("e2", "dle dge deq")]
    [InlineData("e3", "")]
    [InlineData("e4", "dgt dge dne")]
    [InlineData("e5", "")]
    public void Date_comparisons_hold_exactly_on_their_side_of_equality(string employee, string holding) =>
        Assert.Equal(holding, Holding(employee, "dlt", "dle", "dgt", "dge", "deq", "dne"));

    [Theory]
    // e1: the earlier date is the first argument; e4: the second. A missing date is ignored (e3, e5).
    [InlineData("e1", "2025-07-01", "2025-07-02")]
    [InlineData("e2", "2025-07-05", "2025-07-05")]
    [InlineData("e3", "2025-07-09", "2025-07-09")]
    [InlineData("e4", "2025-07-03", "2025-07-09")]
    [InlineData("e5", "2025-07-03", "2025-07-03")]
    public void Min_and_max_of_dates_give_the_earlier_and_the_later(string employee, string earlier, string later)
    {
        var e = _result.Employee(employee);
        Assert.Equal(Date(earlier), e.Metric("dmin"));
        Assert.Equal(Date(later), e.Metric("dmax"));
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
