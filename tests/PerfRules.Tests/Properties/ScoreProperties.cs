using FsCheck;
using FsCheck.Fluent;

namespace PerfRules.Tests.Properties;

/// <summary>Scores (spec section 4) over generated plans and rosters, against the hand formula of <see cref="ScoreOracle"/>.</summary>
public class ScoreProperties
{
    [ScaledProperty(150)]
    public void Every_shown_score_lies_within_0_and_100_with_at_most_two_decimals(ScoringCase scoring)
    {
        foreach (var employee in Evaluation.Score(scoring).Employees)
        {
            decimal?[] shown = [employee.Score, .. employee.Dimensions.Select(d => d.Score), .. employee.Dimensions.SelectMany(d => d.Kpis).Select(k => k.Score)];
            foreach (var score in shown.OfType<decimal>())
            {
                Assert.InRange(score, 0m, 100m);
                Assert.Equal(score, Math.Round(score, 2));
            }

            Assert.All(employee.Awards.Select(a => a.Amount).OfType<decimal>(), amount => Assert.Equal(amount, Math.Round(amount, 2)));
        }
    }

    [ScaledProperty(150)]
    public void With_missing_skip_the_scores_equal_the_hand_formula_with_the_weights_left_in_scaled_up(ScoringCase scoring)
    {
        foreach (var employee in Evaluation.Score(scoring).Employees)
        {
            var expected = ScoreOracle.Score(scoring.Plan, Evaluation.RowOf(scoring, employee));

            Assert.Equal(expected.Total, employee.ExactScore);
            Assert.Equal(ScoreOracle.Shown(expected.Total), employee.Score);
            Assert.Equal(expected.Dimensions, employee.Dimensions.Select(d => d.ExactScore));
            Assert.Equal(expected.Kpis, employee.Dimensions.SelectMany(d => d.Kpis).Select(k => k.IsSkipped ? null : k.ExactScore));
        }
    }

    [ScaledProperty(150)]
    public Property Raising_the_metric_of_a_higher_is_better_KPI_never_lowers_that_KPI_its_dimension_or_the_total(MonotoneCase change) =>
        Monotonicity.Holds(change, Direction.HigherIsBetter);

    [ScaledProperty(150)]
    public Property Lowering_the_metric_of_a_lower_is_better_KPI_never_lowers_that_KPI_its_dimension_or_the_total(MonotoneCase change) =>
        Monotonicity.Holds(change, Direction.LowerIsBetter);
}
