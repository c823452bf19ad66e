using System.Collections.Concurrent;
using PerfRules.Hosting;

namespace PerfRules.Tests.Hosting;

public class PlanRegistryConcurrencyTests
{
    [Fact]
    public async Task Scoring_from_many_threads_while_plans_are_replaced_gives_only_whole_old_or_whole_new_results()
    {
        // Over sales.csv (e1 sells 50, e2 100): linear 0 to 200 scores e1 25 and e2 50; linear 0 to 100 scores 50 and 100.
        var expected = new Dictionary<string, (decimal E1, decimal E2)>
        {
            [HostingCases.Stamp(HostingCases.SalesTo200)] = (25m, 50m),
            [HostingCases.Stamp(HostingCases.SalesTo100)] = (50m, 100m),
        };
        var registry = new PlanRegistry();
        var roster = HostingCases.Sales(registry.Set("acme", HostingCases.SalesTo200).Plan!);
        var failures = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, int>();
        using var writing = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
        {
            var rounds = 0;
            while (!writing.IsCancellationRequested || rounds < 20)
            {
                rounds++;
                // Half the readers go through the registry, half take the plan and score with it themselves.
                var result = reader % 2 == 0 ? registry.Evaluate("acme", roster) : registry.Get("acme")!.Evaluate(roster);
                seen.AddOrUpdate(result.PlanContentHash ?? "none", 1, (_, n) => n + 1);
                if (result.PlanContentHash is not { } stamp || !expected.TryGetValue(stamp, out var scores))
                    failures.Enqueue($"a result stamped {result.PlanContentHash ?? "with nothing"}");
                else if (result.Find("e1")?.Score != scores.E1 || result.Find("e2")?.Score != scores.E2)
                    failures.Enqueue($"{stamp}: e1 {result.Find("e1")?.Score}, e2 {result.Find("e2")?.Score}");
            }
        })).ToArray();

        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                registry.Set("acme", i % 3 == 2 ? HostingCases.SalesBadWeight : i % 2 == 0 ? HostingCases.SalesTo100 : HostingCases.SalesTo200);
                registry.Refresh();
            }

            writing.Cancel();
        });

        // The bound only stops a deadlock from hanging the run; the test waits for the tasks, not for a time.
        await Task.WhenAll([writer, .. readers]).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Empty(failures);
        Assert.True(seen.Keys.All(expected.ContainsKey), string.Join(", ", seen.Keys));
    }

    [Fact]
    public void Reloads_of_a_folder_from_several_threads_leave_one_plan_compiled_from_the_final_text()
    {
        using var folder = new TempPlanFolder();
        folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = new PlanRegistry(new PlanRegistryOptions { Folder = folder.Path, WatchFolder = false, FileCheckInterval = TimeSpan.Zero });
        folder.Write("acme.perf", HostingCases.SalesTo100);

        var plans = new ConcurrentBag<PerfPlan?>();
        Parallel.For(0, 16, i =>
        {
            if (i % 4 == 0) registry.Refresh();
            plans.Add(registry.Get("acme"));
        });

        var final = registry.Get("acme");
        Assert.Equal("Sales to 100", final!.Name);
        Assert.All(plans, plan => Assert.True(plan!.Name is "Sales to 100" or "Sales to 200"));
        Assert.Same(final, registry.Get("acme"));
    }
}
