namespace PerfRules.Tests.Properties;

/// <summary>Equal standing gives equal treatment (spec section 7: "equal scores and equal ranks always give equal grades").</summary>
public class FairnessProperties
{
    [ScaledProperty(150)]
    public void Employees_equal_on_every_rank_key_get_the_same_rank_top_grade_and_with_the_same_outcome_multiplier(FairCase fair)
    {
        var scoring = fair.Case with { Plan = Standing.WithTopFlags(fair.Case.Plan) };
        var standing = new Standing(scoring, Evaluation.Score(scoring));

        foreach (var a in standing.Employees)
        {
            foreach (var b in standing.GroupMembers(a).Where(b => standing.Compare(a, b) == 0))
            {
                Assert.Equal(a.Rank, b.Rank);
                for (var share = 0; share < Standing.TopShares.Length; share++)
                    Assert.Equal(Standing.HoldsTop(a, share), Standing.HoldsTop(b, share));
                if (standing.SameVetoOutcome(a, b)) Assert.Equal(a.Grade, b.Grade);
                if (standing.SamePayoutOutcome(a, b)) Assert.Equal(a.Multiplier, b.Multiplier);
            }
        }
    }

    [ScaledProperty(150)]
    public void With_grade_lines_of_top_and_at_only_a_better_rank_and_a_higher_score_never_give_a_worse_grade(TopAndAtCase topAndAt)
    {
        var scoring = topAndAt.Case;
        var standing = new Standing(scoring, Evaluation.Score(scoring));
        if (scoring.Plan.Grades.IsEmpty) return;

        var graded = standing.Employees.Where(e => !e.IsVetoed && e.Score is not null).ToList();
        foreach (var a in graded)
        {
            foreach (var b in graded.Where(b => standing.GroupOf(b) == standing.GroupOf(a) && a.Rank <= b.Rank && a.Score >= b.Score))
                Assert.True(standing.GradeIndex(a) <= standing.GradeIndex(b), $"{a} has a worse grade than {b}");
        }
    }
}
