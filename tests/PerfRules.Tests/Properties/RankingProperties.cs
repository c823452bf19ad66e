namespace PerfRules.Tests.Properties;

/// <summary>Competition ranking (spec sections 7 and 11) over generated plans and rosters.</summary>
public class RankingProperties
{
    [ScaledProperty(150)]
    public void A_rank_is_one_plus_the_number_of_group_members_strictly_ahead_and_lies_within_the_group(ScoringCase scoring)
    {
        var standing = new Standing(scoring, Evaluation.Score(scoring));

        foreach (var employee in standing.Employees)
        {
            var group = standing.GroupMembers(employee).ToList();
            Assert.Equal(standing.GroupOf(employee), employee.Group);
            Assert.Equal(group.Count, employee.GroupSize);
            Assert.Equal(1 + group.Count(other => standing.Compare(other, employee) < 0), employee.Rank);
            Assert.InRange(employee.Rank, 1, employee.GroupSize);
        }
    }

    [ScaledProperty(150)]
    public void Top_P_holds_for_a_share_of_the_group_ahead_under_P_and_without_ties_for_exactly_ceil_P_times_the_group(ScoringCase scoring)
    {
        var withFlags = scoring with { Plan = Standing.WithTopFlags(scoring.Plan) };
        var standing = new Standing(withFlags, Evaluation.Score(withFlags));

        foreach (var group in standing.Employees.GroupBy(standing.GroupOf))
        {
            var members = group.ToList();
            var tieFree = members.Select(m => m.Rank).Distinct().Count() == members.Count;
            for (var share = 0; share < Standing.TopShares.Length; share++)
            {
                var p = Standing.TopShares[share];
                // top(P): (rank - 1) / group_size < P.
                Assert.All(members, m => Assert.Equal((m.Rank - 1m) / members.Count < p, Standing.HoldsTop(m, share)));
                if (tieFree) Assert.Equal((int)Math.Ceiling(p * members.Count), members.Count(m => Standing.HoldsTop(m, share)));
            }
        }
    }
}
