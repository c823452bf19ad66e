using PerfRules.Hosting;

namespace PerfRules.Extensions.DependencyInjection;

/// <summary>Where the registered <see cref="PlanRegistry"/> finds its plans; set inside <c>AddPerfRules(options =&gt; ...)</c>.</summary>
public sealed class PerfRulesOptions
{
    private readonly List<KeyValuePair<string, string>> _plans = [];
    private string? _folder;

    /// <summary>Whether to watch the folder for changed plan files (default true); see <see cref="PlanRegistryOptions.WatchFolder"/>.</summary>
    public bool WatchFolder { get; set; } = true;

    /// <summary>How often asking for a plan looks at its file (default 2 seconds); see <see cref="PlanRegistryOptions.FileCheckInterval"/>.</summary>
    public TimeSpan FileCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Loads one plan per company from a folder (<c>COMPANY.perf</c> or <c>COMPANY/plan.perf</c>). A relative path is
    /// taken from the current directory now, while the services are configured.
    /// </summary>
    public PerfRulesOptions FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        return this;
    }

    /// <summary>Gives a company's plan text, as <see cref="PlanRegistry.Set"/> does when the registry is made.</summary>
    public PerfRulesOptions AddPlan(string company, string text)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(text);
        _plans.Add(new(company, text));
        return this;
    }

    internal PlanRegistry CreateRegistry()
    {
        var registry = new PlanRegistry(new PlanRegistryOptions { Folder = _folder, WatchFolder = WatchFolder, FileCheckInterval = FileCheckInterval });
        foreach (var (company, text) in _plans) registry.Set(company, text);
        return registry;
    }
}
