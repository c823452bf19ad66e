using PerfRules.Results;

namespace PerfRules.Tests.Results;

/// <summary>
/// The version 1.1 parts of an explanation, on the runtime's hand-worked cases: the profile and the conditions
/// that chose it, group aggregates with their groups, named rankings, levels lines tried, and awards in file order
/// with their arithmetic.
/// </summary>
public class VersionElevenExplanationTests
{
    private static string[] Lines(Explanation explanation, ExplanationStep step) =>
        [.. explanation.Lines.Where(l => l.Step == step).Select(l => new string(' ', l.Depth * 2) + l.Text)];

    private static Explanation Explain(string plan, string data, string employee, string? period = null) =>
        PlanRunner.Score(PlanRunner.Case($"plans/{plan}"), PlanRunner.Case($"data/{data}"), period).Employee(employee).Explain();

    [Fact]
    public void The_profile_is_explained_by_the_conditions_tried_up_to_the_one_that_held()
    {
        var c = Explain("profiles.perf", "profiles.csv", "c", "2025-Q1");
        Assert.Equal(
            [
                "  profile key_account when role == \"key\": \"new\" == \"key\" fails",
                "  profile any_role when role != \"\": \"new\" != \"\" holds",
            ],
            Lines(c, ExplanationStep.Scores).Where(l => l.Contains("profile", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_default_profile_is_explained_by_no_condition_holding()
    {
        var a = Explain("profiles.perf", "profiles.csv", "a", "2025-Q2");
        Assert.Equal(
            [
                "  profile key_account when role == \"key\": missing == \"key\" fails (a comparison with a missing value is false)",
                "  profile any_role when role != \"\": missing != \"\" fails (a comparison with a missing value is false)",
                "  profile default: the top-level dimensions, as no other profile's condition holds",
            ],
            Lines(a, ExplanationStep.Scores).Where(l => l.Contains("profile", StringComparison.Ordinal)));
    }

    [Fact]
    public void Aggregates_are_shown_with_their_group_and_how_many_values_they_added()
    {
        var t2 = Explain("awards.perf", "awards.csv", "t2");
        Assert.Equal(
            [
                "Group aggregates",
                "  group_sum(excess by team where rank <= 5 and attainment >= 200%) = 750.00 over team \"t\": 4 employees with a value where the condition holds",
                "  group_sum(excess by team) = 1,300.00 over team \"t\": 7 employees with a value",
            ],
            Lines(t2, ExplanationStep.Aggregates));
    }

    [Fact]
    public void Aggregates_over_the_whole_roster_and_over_a_group_with_no_value_say_so()
    {
        var b1 = Explain("aggregates.perf", "aggregates.csv", "b1");
        var lines = Lines(b1, ExplanationStep.Aggregates);
        Assert.Contains("  group_sum(revenue) = 270.00 over the whole roster: 4 employees with a value", lines);
        Assert.Contains("  group_sum(revenue by team) = missing over team \"south\": 0 employees with a value", lines);
        Assert.Contains("  group_count(revenue by team) = 0 over team \"south\": 0 employees with a value", lines);
        Assert.Contains("  group_count(revenue where revenue >= 100) = 1 over the whole roster: 1 employee with a value where the condition holds", lines);
        // group_sum(revenue by team) is written in three metrics: shown once.
        Assert.Single(lines, l => l.StartsWith("  group_sum(revenue by team) ", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregates_of_an_empty_group_name_it()
    {
        var c1 = Explain("aggregates.perf", "aggregates.csv", "c1");
        Assert.Contains("  group_sum(revenue by team) = 120.00 over team \"\" (empty): 2 employees with a value", Lines(c1, ExplanationStep.Aggregates));
    }

    [Fact]
    public void Awards_are_explained_in_file_order_with_their_arithmetic()
    {
        var t2 = Explain("awards.perf", "awards.csv", "t2");
        Assert.Equal(
            [
                "Awards",
                "  total_bonus \"Base bonus and pool share\" = base_bonus + excess_share = 2,000.00 + 26.00 = 2,026.00",
                "  excess_share \"Share of the team's excess profit\" = if(rank <= 5 and attainment >= 200%, min(excess / group_sum(excess by team where rank <= 5 and attainment >= 200%), 40%) * group_sum(excess by team) * 15%, 0) = if(2 <= 5 and 228.57...% >= 200%, min(100.00 / 750.00, 40%) * 1,300.00 * 15%, 0) = 25.999999..., rounded to 26.00",
                "  base_bonus \"Base bonus\" = multiplier * 1_000 = 2 * 1_000 = 2,000.00",
                "  loyalty \"Loyalty payment\" = 250 = 250.00",
            ],
            Lines(t2, ExplanationStep.Awards));
    }

    [Fact]
    public void A_vetoed_employees_awards_say_why_nothing_is_paid()
    {
        var t5 = Explain("awards.perf", "awards.csv", "t5");
        Assert.Contains("  loyalty \"Loyalty payment\" = 250: 0.00, since the employee is vetoed and nothing is paid", Lines(t5, ExplanationStep.Awards));
        var t3 = Explain("awards.perf", "awards.csv", "t3");
        Assert.Contains("  loyalty \"Loyalty payment\" = 250: 0.00, since a requirement failed and nothing is paid", Lines(t3, ExplanationStep.Awards));
    }

    [Fact]
    public void Named_rankings_follow_the_main_rank_with_their_group_and_keys()
    {
        var e3 = Explain("named-rankings.perf", "named-rankings.csv", "e3");
        var lines = Lines(e3, ExplanationStep.Rank);
        Assert.Equal(
            [
                "  ranking revenue_board: rank 4 of 5 in region \"east\"",
                "    keys compared: revenue desc = 500.00",
                "  ranking overall: rank 6 of 7 in the whole roster",
                "    keys compared: revenue desc = 500.00, score desc = missing",
            ],
            lines[^4..]);
    }

    [Fact]
    public void Levels_list_the_lines_tried_up_to_the_one_that_held_even_for_a_vetoed_employee()
    {
        // v3: vetoed, rank 7 of 7, score 40.
        var v3 = Explain("levels.perf", "levels.csv", "v3");
        Assert.Equal(
            [
                "Levels agent_level",
                "  gold when grade == \"A\" fails (when fails, \"C\" == \"A\")",
                "  gold when orders >= 100 fails (when fails, 0 >= 100)",
                "  silver top 50% fails (top 50% fails, (7 - 1) / 7 = 85.71...% is not under 50%)",
                "  scored at 30 holds: level scored (at 30 holds, 40.00 is at least 30)",
                "Levels tenure",
                "  veteran when previous(level(tenure)) == \"regular\" holds: level veteran (when holds, \"regular\" == \"regular\")",
            ],
            Lines(v3, ExplanationStep.Levels));
    }

    [Fact]
    public void An_aggregate_the_evaluation_did_not_need_is_worked_out_for_the_explanation()
    {
        // The if never takes the branch with the aggregate, so scoring never reads it; the explanation still shows it.
        const string plan = """
            period month
            input x number
            metric m = if(x > 1000, group_sum(x), 0)
            dimension d weight 100% { kpi x weight 100% linear from 0 to 100 }
            """;
        var a = PlanRunner.Score(plan, "employee,period,x\na,2025-07,10\nb,2025-07,20\n").Employee("a");
        Assert.Equal(0m, a.Metric("m"));
        Assert.Equal(["Group aggregates", "  group_sum(x) = 30 over the whole roster: 2 employees with a value"], Lines(a.Explain(), ExplanationStep.Aggregates));
    }
}
