namespace PerfRules.Tests.Properties;

/// <summary>Vetoes (spec sections 7 and 11) over generated plans and rosters.</summary>
public class VetoProperties
{
    [ScaledProperty(150)]
    public void A_vetoed_employee_has_multiplier_0_its_worst_veto_grade_and_ranks_below_every_member_of_its_group_not_vetoed(ScoringCase scoring)
    {
        var standing = new Standing(scoring, Evaluation.Score(scoring));
        var plan = scoring.Plan;

        foreach (var employee in standing.Employees)
        {
            var violations = standing.Row(employee).Value("violations")!.Value;
            var holding = plan.Vetoes.Where(v => violations > v.Above).ToList();
            Assert.Equal(holding.Count > 0, employee.IsVetoed);
            Assert.Equal(holding.Select(v => v.Reason), employee.VetoReasons);
            if (!employee.IsVetoed) continue;

            Assert.Equal(0m, employee.Multiplier);
            Assert.All(standing.GroupMembers(employee).Where(m => !m.IsVetoed), m => Assert.True(m.Rank < employee.Rank));
            if (!plan.Grades.IsEmpty)
            {
                // The worst (lowest-listed) of the holding vetoes' grades; a veto without one forces the last line.
                var worst = holding.Max(v => v.Grade is null ? plan.Grades.Length - 1 : plan.Grades.Select(g => g.Name).ToList().IndexOf(v.Grade));
                Assert.Equal(plan.Grades[worst].Name, employee.Grade);
            }
        }
    }
}
