using PerfRules;
using PerfRules.Hosting;
using static System.FormattableString;

// One folder per company under companies/, each with its plan.perf and this period's roster.csv (HostApp.csproj
// copies two of the repository's samples there). The registry compiles each company's plan once and keeps it until
// the file's text changes; a bad edit would keep the last good plan and report the edit's diagnostics.
using var registry = new PlanRegistry(new PlanRegistryOptions
{
    Folder = Path.Combine(AppContext.BaseDirectory, "companies"),
    WatchFolder = false,   // a one-shot run; a long-running host leaves the watcher on
});

foreach (var company in registry.Companies.Order(StringComparer.Ordinal))
{
    var state = registry.GetState(company)!;
    foreach (var diagnostic in state.Diagnostics) Console.Error.WriteLine(diagnostic);
    if (state.Plan is not { } plan) return 1;

    var roster = plan.ReadCsvFile(Path.Combine(Path.GetDirectoryName(state.SourcePath)!, "roster.csv"));
    var result = registry.Evaluate(company, roster);   // the latest period; stamped with the plan's name and hash
    foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
    if (result.HasErrors) return 1;

    Console.WriteLine(Invariant($"{result.PlanName} ({result.Period})"));
    Console.WriteLine(Invariant($"plan {result.PlanContentHash}"));
    Console.WriteLine(Invariant($"{"id",-6} {"group",-8} {"score",7} {"rank",6} {"grade",-5} {"multiplier",10}"));
    foreach (var e in result.Employees)
        Console.WriteLine(Invariant($"{e.Employee,-6} {e.Group,-8} {e.Score,7} {e.Rank,6} {e.Grade,-5} {e.Multiplier,10}"));
    Console.WriteLine();
}

return 0;
