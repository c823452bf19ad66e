using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>Results depend on the plan and the data alone: not on the run, the order of rows, the threads, later periods or other groups.</summary>
public class InvarianceProperties
{
    // Fewer cases: compiling a plan to IL costs a hundred times more than interpreting it.
    [ScaledProperty(40)]
    public void Compiling_and_evaluating_again_gives_the_same_results_whether_the_trees_are_compiled_or_interpreted(HistoryCase history)
    {
        var scoring = history.Case;
        var first = ResultDigest.Of(Evaluation.Score(scoring));

        // Compiled to IL this time, as hosts run plans; the cached plan had its trees interpreted.
        var recompiled = PerfPlan.Compile(scoring.Plan.Text).Plan!;

        ResultDigest.AssertSame(first, ResultDigest.Of(Evaluation.Score(recompiled, scoring.Roster)));
        ResultDigest.AssertSame(first, ResultDigest.Of(Evaluation.Score(scoring)));
    }

    [ScaledProperty(100)]
    public void The_order_of_the_roster_rows_does_not_change_any_result(HistoryCase history, int seed)
    {
        var scoring = history.Case;
        var random = new Random(seed);
        var shuffled = new RosterModel([.. scoring.Roster.Rows.OrderBy(_ => random.Next())]);

        ResultDigest.AssertSame(ResultDigest.Of(Evaluation.Score(scoring)), ResultDigest.Of(Evaluation.Score(scoring with { Roster = shuffled })));
    }

    [ScaledProperty(100)]
    public void The_degree_of_parallelism_does_not_change_any_result(HistoryCase history)
    {
        var scoring = history.Case;
        var parallel = new EvaluationOptions { MaxDegreeOfParallelism = 4, ParallelRowThreshold = 1 };

        ResultDigest.AssertSame(ResultDigest.Of(Evaluation.Score(scoring)), ResultDigest.Of(Evaluation.Score(scoring, options: parallel)));
    }

    [ScaledProperty(100)]
    public void The_results_of_a_period_never_change_when_later_periods_are_added(HistoryCase history)
    {
        var scoring = history.Case;
        var periods = scoring.Roster.Periods.ToList();
        var full = Evaluation.Compile(scoring.Plan);

        for (var p = 0; p < periods.Count; p++)
        {
            var upTo = new RosterModel([.. scoring.Roster.Rows.Where(r => string.CompareOrdinal(r.Period, periods[p]) <= 0)]);
            var alone = Evaluation.Score(full, upTo);
            var withLater = Evaluation.Score(full, scoring.Roster, periods[p]);

            Assert.Equal(periods[p], alone.Period?.ToString());
            ResultDigest.AssertSame(ResultDigest.Of(alone), ResultDigest.Of(withLater));
        }
    }

    [ScaledProperty(100)]
    public void Adding_or_changing_employees_of_one_within_group_never_changes_another_groups_results(GroupChangeCase change)
    {
        var before = Evaluation.Score(change.Case);
        var after = Evaluation.Score(change.Case with { Roster = change.Changed });

        foreach (var employee in before.Employees.Where(e => e.Group != (change.Group ?? "")))
            Assert.Equal(ResultDigest.Of(employee), ResultDigest.Of(after.Find(employee.Employee)!));
    }
}
