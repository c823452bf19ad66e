using PerfRules.Extensions.DependencyInjection;
using PerfRules.Hosting;

// In the container's own namespace, as Microsoft's extensions are, so that AddPerfRules shows up beside AddLogging.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PerfRules with a service collection.</summary>
public static class PerfRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="PlanRegistry"/> as a singleton, made when it is first asked for and disposed with the
    /// container: <c>services.AddPerfRules(options =&gt; options.FromFolder("plans"))</c>.
    /// </summary>
    public static IServiceCollection AddPerfRules(this IServiceCollection services, Action<PerfRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PerfRulesOptions();
        configure(options);
        return services.AddSingleton(_ => options.CreateRegistry());
    }
}
