using PerfRules.Authoring;
using static PerfRules.Tests.Authoring.AuthoringCases;

namespace PerfRules.Tests.Authoring;

/// <summary>Distribution reports whose every count is recounted by hand from the standings.</summary>
public class DistributionReportTests
{
    private static DistributionReport Report(string plan, string data)
    {
        var compiled = PlanRunner.Compile(PlanRunner.Case(plan));
        return DistributionReport.Create(compiled, PlanRunner.Score(compiled, PlanRunner.Case(data)));
    }

    [Fact]
    public void The_worked_example_counts_are_those_of_its_six_employees()
    {
        // Scores 100, 63, 63, 47.47, 43.50, 40: 40-50 three, 60-70 two, 90-100 one.
        // Mean (100 + 63 + 63 + 47.47 + 43.5 + 40) / 6 = 356.97 / 6 = 59.495: 59.50.
        var report = Report("plans/worked-example.perf", "data/worked-example.csv");

        Assert.Equal(6, report.EmployeeCount);
        Assert.Equal([0, 0, 0, 0, 3, 0, 2, 0, 0, 1], report.ScoreBins.Select(b => b.Count));
        Assert.Equal("90-100", report.ScoreBins[^1].Label);
        Assert.Equal(59.50m, report.AverageScore);
        Assert.Equal((40.00m, 100.00m), (report.LowestScore!.Value, report.HighestScore!.Value));

        // S top 20%: aims at 20%; A top 50%: 30% more; B, the last line: the 50% left. Given: S 1, A 2, B 3 of 6.
        var grades = Assert.Single(report.GradeGroups);
        Assert.Equal("", grades.Group);
        Assert.Equal(
            [new GradeShare("S", 1, 0.1667m, 0.2m), new GradeShare("A", 2, 0.3333m, 0.3m), new GradeShare("B", 3, 0.5m, 0.5m)],
            grades.Grades.AsEnumerable());

        // Multipliers: 2 for e1, e2, e5; 1 for e4; 0 for e3 and e6, who fail the 90% collection requirement.
        Assert.Equal([new MultiplierCount(2m, 3), new MultiplierCount(1m, 1), new MultiplierCount(0m, 2)], report.Multipliers.AsEnumerable());
        Assert.Equal([new ReasonCount("Collection under 90%", 2)], report.FailedRequirements.AsEnumerable());
        Assert.Empty(report.Vetoes);
        Assert.Equal([new FlagCount("star", 1)], report.Flags.AsEnumerable());
    }

    [Fact]
    public void Two_teams_with_a_veto_and_a_missing_score_are_counted_per_group()
    {
        // north: n1 100, n2 85, n3 55, n4 60 but vetoed (ranks last): ranks 1-4, (rank - 1) / 4 = 0, .25, .5, .75.
        //   A top 25%: n1; B top 75%: n2, n3; n4 gets its veto's grade C.
        // south: s1 95, s4 72, s2 45, s3 missing (ranks after every score): A s1; B s4, s2; s3 .75 is not under 75%: C.
        var report = Report("authoring/report.perf", "authoring/report.csv");

        Assert.Equal(8, report.EmployeeCount);
        Assert.Equal(1, report.MissingScores);
        // 45, 55, 60, 72, 85 one each; 95 and 100 in the last bar
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 2], report.ScoreBins.Select(b => b.Count));
        Assert.Equal(73.14m, report.AverageScore); // 512 / 7 = 73.142857...

        Assert.Equal(["north", "south"], report.GradeGroups.Select(g => g.Group));
        foreach (var team in report.GradeGroups)
        {
            Assert.Equal(4, team.Size);
            Assert.Equal([1, 2, 1], team.Grades.Select(g => g.Count));
            Assert.Equal([0.25m, 0.5m, 0.25m], team.Grades.Select(g => g.Share));
            Assert.Equal([0.25m, 0.50m, 0.25m], team.Grades.Select(g => g.TargetShare!.Value));
        }

        Assert.Equal(8, report.AllGrades!.Size);
        Assert.Equal([2, 4, 2], report.AllGrades.Grades.Select(g => g.Count));

        // 2 for the top 25% (n1, s1); 1 for n2, n3, s4; 0 for n4 (vetoed), s2 (45 < 50) and s3 (missing fails).
        Assert.Equal([new MultiplierCount(2m, 2), new MultiplierCount(1m, 3), new MultiplierCount(0m, 3)], report.Multipliers.AsEnumerable());
        Assert.Equal(1, report.VetoedCount);
        Assert.Equal([new ReasonCount("Data breach", 1)], report.Vetoes.AsEnumerable());
        Assert.Equal([new ReasonCount("Under 50 points", 2)], report.FailedRequirements.AsEnumerable());
        Assert.Equal([new FlagCount("perfect", 1)], report.Flags.AsEnumerable());
    }

    [Fact]
    public void Grade_lines_without_top_have_no_target_and_a_plan_without_grades_no_grade_groups()
    {
        var absolute = PlanRunner.Compile("""
            period quarter
            input points number
            dimension all weight 100% { kpi points weight 100% score = points }
            grades { A at 80  B }
            """);
        var report = DistributionReport.Create(absolute, PlanRunner.Score(absolute, "employee,period,points\na,2025-Q1,90\nb,2025-Q1,50\n"));
        Assert.All(report.GradeGroups[0].Grades, g => Assert.Null(g.TargetShare));

        var ungraded = PlanRunner.Compile("period quarter\ninput points number\ndimension all weight 100% { kpi points weight 100% score = points }\n");
        var plain = DistributionReport.Create(ungraded, PlanRunner.Score(ungraded, "employee,period,points\na,2025-Q1,90\n"));
        Assert.Empty(plain.GradeGroups);
        Assert.Null(plain.AllGrades);
        Assert.Equal([new MultiplierCount(1m, 1)], plain.Multipliers.AsEnumerable());
    }
}
