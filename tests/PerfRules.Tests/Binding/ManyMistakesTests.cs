using Snapshooter.Xunit;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class ManyMistakesTests
{
    [Fact]
    public void Every_mistake_of_a_plan_is_reported_at_once_in_position_order()
    {
        AssertDiagnostics(
            CaseText("many-mistakes.perf"),
            "(1,1) PR0120: the plan has no 'period' declaration: say 'period week', 'period month', 'period quarter' or 'period year'",
            "(3,7) PR0127: no input may be named 'employee': it is the data's id column",
            "(4,17) PR0130: rollup 'sum' cannot combine text values; use last",
            "(6,8) PR0109: metrics depend on each other in a cycle: a -> b -> a",
            "(6,16) PR0108: 'rank' cannot be used in a metric: it is known only from the grade stage on",
            "(8,8) PR0126: metric 'label' is text; metrics are numbers, flags or dates",
            "(9,11) PR0103: weights in dimension 'performance' add up to 90%, not 100%",
            "(9,11) PR0104: dimension weights add up to 90%, not 100%",
            "(10,24) PR0110: linear curve has equal ends (5 and 5): the score would divide by zero",
            "(11,7) PR0117: KPI 'label' scores a text value; only number, money, count and percent values can be scored",
            "(11,24) PR0112: ladder pays add up to 90, not 100",
            "(11,54) PR0111: ladder thresholds must be strictly increasing or strictly decreasing, but line 'y' at 10 follows 10",
            "(13,11) PR0102: 'performance' is already declared at line 9",
            "(13,11) PR0135: dimension 'performance' has no KPI",
            "(14,22) PR0119: veto grade 'Z' is not a line of the grades block",
            "(15,16) PR0132: top 0% must be a percent above 0% and at most 100%",
            "(15,20) PR0129: only the last line of the grades block may have no condition; line 'A' is a catch-all before the end",
            "(15,23) PR0118: the last line of the grades block must have no condition: it is the catch-all",
            "(15,30) PR0108: 'grade' cannot be used in a grade line: it is known only from the levels stage on",
            "(16,10) PR0118: the last line of the multiplier lines must have no condition: it is the catch-all",
            "(16,28) PR0108: 'multiplier' cannot be used in a payout line: it is known only from the award stage on",
            "(17,29) PR0122: 'previous': the number of periods back (0) must be a whole number literal of 1 or more",
            "(17,55) PR0106: 'sum' needs a number, but 'team' is text");
    }

    [Fact]
    public void The_diagnostics_of_a_plan_with_many_mistakes_read_as_the_tools_print_them()
    {
        var (_, diagnostics) = Compile(CaseText("many-mistakes.perf"));

        Snapshot.Match(diagnostics.Select(d => d.ToString()).ToArray());
    }
}
