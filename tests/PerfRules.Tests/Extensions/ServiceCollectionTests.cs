using Microsoft.Extensions.DependencyInjection;
using PerfRules.Hosting;
using PerfRules.Tests.Hosting;

namespace PerfRules.Tests.Extensions;

public class ServiceCollectionTests
{
    [Fact]
    public void AddPerfRules_registers_one_registry_that_scores_the_plans_of_its_folder()
    {
        using var folder = new TempPlanFolder();
        folder.Write("acme.perf", HostingCases.SalesTo200);
        var services = new ServiceCollection();
        services.AddPerfRules(options => options.FromFolder(folder.Path).WatchFolder = false);

        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<PlanRegistry>();

        Assert.Same(registry, provider.GetRequiredService<PlanRegistry>());
        Assert.Equal(folder.Path, registry.Folder);
        // Linear 0 to 200: e2 sells 100, 100 / 200 x 100 = 50.
        var result = registry.Evaluate("acme", HostingCases.Sales(registry.Get("acme")!));
        Assert.Equal(50m, result.Find("e2")!.Score);
        Assert.Equal(HostingCases.Stamp(HostingCases.SalesTo200), result.PlanContentHash);
    }

    [Fact]
    public void AddPerfRules_takes_plans_as_texts_too()
    {
        var services = new ServiceCollection();
        services.AddPerfRules(options => options.AddPlan("globex", HostingCases.Calls));

        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<PlanRegistry>();

        Assert.Null(registry.Folder);
        // Linear 0 to 40: e1 makes 10 calls, 10 / 40 x 100 = 25.
        Assert.Equal(25m, registry.Evaluate("globex", HostingCases.CallsRoster(registry.Get("globex")!)).Find("e1")!.Score);
    }
}
