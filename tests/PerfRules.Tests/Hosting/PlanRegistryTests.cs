using PerfRules.Diagnostics;
using PerfRules.Hosting;

namespace PerfRules.Tests.Hosting;

public class PlanRegistryTests
{
    [Fact]
    public void A_text_is_compiled_once_and_the_same_plan_is_served_until_the_text_changes()
    {
        var registry = new PlanRegistry();
        var state = registry.Set("acme", HostingCases.SalesTo200);

        var first = registry.Get("acme");
        Assert.NotNull(first);
        Assert.Same(state.Plan, first);
        Assert.Same(first, registry.Get("acme"));
        Assert.Same(first, registry.Get("ACME"));               // company names ignore case
        Assert.Same(first, registry.Set("acme", HostingCases.SalesTo200).Plan);

        registry.Set("acme", HostingCases.SalesTo100);
        var second = registry.Get("acme");
        Assert.NotSame(first, second);
        Assert.Equal("Sales to 100", second!.Name);
    }

    [Fact]
    public void Setting_the_same_text_again_raises_no_change()
    {
        var registry = new PlanRegistry();
        var changes = new List<PlanChange>();
        registry.PlanChanged += (_, change) => changes.Add(change);

        registry.Set("acme", HostingCases.SalesTo200);
        registry.Set("acme", HostingCases.SalesTo200);

        var added = Assert.Single(changes);
        Assert.Equal("acme", added.Company);
        Assert.Null(added.Previous);
        Assert.True(added.PlanReplaced);
    }

    [Fact]
    public void A_bad_edit_keeps_the_last_good_plan_and_shows_the_edit_s_diagnostics_at_their_positions()
    {
        var registry = new PlanRegistry();
        var good = registry.Set("acme", HostingCases.SalesTo100).Plan!;
        var changes = new List<PlanChange>();
        registry.PlanChanged += (_, change) => changes.Add(change);

        var state = registry.Set("acme", HostingCases.SalesBadWeight);

        Assert.Same(good, state.Plan);
        Assert.Same(good, registry.Get("acme"));
        Assert.True(state.IsStale);
        Assert.True(state.HasErrors);
        Assert.Equal(HostingCases.Stamp(HostingCases.SalesBadWeight), state.LatestContentHash);
        var error = Assert.Single(state.Diagnostics);
        Assert.Equal(DiagnosticCode.KpiWeightsNot100, error.Code);
        Assert.Equal((6, 11), (error.Line, error.Column));
        Assert.Equal("acme.perf(6,11): error PR0103: weights in dimension 'result' add up to 90%, not 100%", error.ToString());
        var change = Assert.Single(changes);
        Assert.False(change.PlanReplaced);
        Assert.Same(state, change.Current);

        // Scoring goes on with the good plan: linear 0 to 100, e1 sells 50 and scores 50.
        var result = registry.Evaluate("acme", HostingCases.Sales(good));
        Assert.Equal(50m, result.Find("e1")!.Score);
        Assert.Equal(good.ContentHash, result.PlanContentHash);
    }

    [Fact]
    public void Undoing_a_bad_edit_serves_the_same_plan_again_and_a_new_good_text_replaces_it()
    {
        var registry = new PlanRegistry();
        var good = registry.Set("acme", HostingCases.SalesTo100).Plan!;
        registry.Set("acme", HostingCases.SalesBadWeight);

        var undone = registry.Set("acme", HostingCases.SalesTo100);
        Assert.Same(good, undone.Plan);
        Assert.False(undone.IsStale);
        Assert.Empty(undone.Diagnostics);

        registry.Set("acme", HostingCases.SalesBadWeight);
        var fixedState = registry.Set("acme", HostingCases.SalesTo200);
        Assert.NotSame(good, fixedState.Plan);
        Assert.False(fixedState.IsStale);
        Assert.Equal("Sales to 200", fixedState.Plan!.Name);
    }

    [Fact]
    public void A_company_whose_first_text_is_bad_has_no_plan_and_scoring_it_says_why()
    {
        var registry = new PlanRegistry();
        var state = registry.Set("acme", HostingCases.SalesBadWeight);

        Assert.False(state.HasPlan);
        Assert.False(state.IsStale);
        Assert.Null(registry.Get("acme"));
        Assert.Equal(DiagnosticCode.KpiWeightsNot100, Assert.Single(state.Diagnostics).Code);

        var roster = HostingCases.Sales(PlanRunner.Compile(HostingCases.SalesTo100));
        var result = registry.Evaluate("acme", roster);
        Assert.Empty(result.Employees);
        Assert.Null(result.PlanContentHash);
        Assert.Equal(
            ["<text>(1,1): error PR5002: company 'acme' has no plan to score with: its plan text has errors",
             "acme.perf(6,11): error PR0103: weights in dimension 'result' add up to 90%, not 100%"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Scoring_an_unknown_company_is_a_diagnostic_not_an_exception()
    {
        var registry = new PlanRegistry();
        var roster = HostingCases.Sales(PlanRunner.Compile(HostingCases.SalesTo100));

        var result = registry.Evaluate("globex", roster);

        Assert.Null(registry.Get("globex"));
        Assert.Null(registry.GetState("globex"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.UnknownCompany, error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("no plan is registered for company 'globex'", error.Message);
    }

    [Fact]
    public void Two_companies_score_with_their_own_plans()
    {
        var registry = new PlanRegistry();
        registry.Set("acme", HostingCases.SalesTo200);
        registry.Set("globex", HostingCases.Calls);

        var acme = registry.Evaluate("acme", HostingCases.Sales(registry.Get("acme")!));
        var globex = registry.Evaluate("globex", HostingCases.CallsRoster(registry.Get("globex")!));

        // acme: linear 0 to 200, e2 sells 100: 100 / 200 x 100 = 50. globex: linear 0 to 40, e1 makes 10 calls: 25.
        Assert.Equal(50m, acme.Find("e2")!.Score);
        Assert.Equal("Sales to 200", acme.PlanName);
        Assert.Equal(25m, globex.Find("e1")!.Score);
        Assert.Equal("Calls", globex.PlanName);
        Assert.Equal(["acme", "globex"], registry.Companies.ToArray());
        Assert.Equal(["acme", "globex"], registry.States.Select(s => s.Company).ToArray());
    }

    [Fact]
    public void A_roster_read_by_a_version_with_the_same_inputs_is_scored_by_the_new_plan()
    {
        var registry = new PlanRegistry();
        var roster = HostingCases.Sales(registry.Set("acme", HostingCases.SalesTo200).Plan!);
        registry.Set("acme", HostingCases.SalesTo100);

        var result = registry.Evaluate("acme", roster);

        // The new plan's line: 0 to 100, so e1's 50 scores 50 (not the 25 of 0 to 200).
        Assert.Equal(50m, result.Find("e1")!.Score);
        Assert.Equal("Sales to 100", result.PlanName);
    }

    [Fact]
    public void A_roster_read_by_a_version_with_other_inputs_is_refused_with_a_diagnostic()
    {
        var registry = new PlanRegistry();
        var roster = HostingCases.Sales(registry.Set("acme", HostingCases.SalesTo200).Plan!);
        registry.Set("acme", HostingCases.Calls);

        var result = registry.Evaluate("acme", roster);

        Assert.Empty(result.Employees);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.RosterForOtherPlan, error.Code);
        Assert.Equal("sales.csv", error.Source);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Removing_a_company_forgets_it_and_raises_a_change()
    {
        var registry = new PlanRegistry();
        var added = registry.Set("acme", HostingCases.SalesTo200);
        PlanChange? removed = null;
        registry.PlanChanged += (_, change) => removed = change;

        Assert.True(registry.Remove("ACME"));
        Assert.False(registry.Remove("acme"));

        Assert.Null(registry.Get("acme"));
        Assert.Same(added, removed!.Previous);
        Assert.Null(removed.Current);
        Assert.True(removed.PlanReplaced);
    }

    [Fact]
    public void Changes_are_raised_outside_the_registry_s_lock()
    {
        var registry = new PlanRegistry();
        var otherThreadWrote = false;
        registry.PlanChanged += (_, change) =>
        {
            // Another thread writes while the handler runs: it would wait for ever if the handler held the lock.
            if (change.Company == "acme")
                otherThreadWrote = Task.Run(() => registry.Set("globex", HostingCases.Calls)).Wait(TimeSpan.FromSeconds(30));
        };

        registry.Set("acme", HostingCases.SalesTo200);

        Assert.True(otherThreadWrote);
        Assert.NotNull(registry.Get("globex"));
    }

    [Fact]
    public void Names_a_file_could_not_have_and_a_second_add_are_the_programmer_s_mistakes()
    {
        var registry = new PlanRegistry();
        registry.Add("acme", HostingCases.SalesTo200);

        Assert.Throws<ArgumentException>(() => registry.Add("Acme", HostingCases.SalesTo100));
        Assert.Throws<ArgumentNullException>(() => registry.Set(null!, HostingCases.SalesTo100));
        Assert.Throws<ArgumentNullException>(() => registry.Get(null!));
        foreach (var name in new[] { "", " acme", "a/b", "a\\b", "..", "a\tb" })
            Assert.Throws<ArgumentException>(() => registry.Set(name, HostingCases.SalesTo100));
        Assert.Equal(["acme"], registry.Companies.ToArray());
    }
}
