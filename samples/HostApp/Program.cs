using PerfRules;
using static System.FormattableString;

// Each company has its own plan and its own roster; HostApp.csproj copies two of the repository's samples here.
string[] companies = ["acme-sales", "marketing-ranking"];

foreach (var company in companies)
{
    var folder = Path.Combine(AppContext.BaseDirectory, "companies", company);
    var compiled = PerfPlan.CompileFile(Path.Combine(folder, "plan.perf"));
    if (compiled.Plan is not { } plan)
    {
        foreach (var diagnostic in compiled.Diagnostics) Console.Error.WriteLine(diagnostic);
        return 1;
    }

    var result = plan.Evaluate(plan.ReadCsvFile(Path.Combine(folder, "roster.csv")));   // the latest period
    foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
    if (result.HasErrors) return 1;

    Console.WriteLine(Invariant($"{plan.Name} ({result.Period})"));
    Console.WriteLine(Invariant($"{"id",-6} {"group",-8} {"score",7} {"rank",6} {"grade",-5} {"multiplier",10}"));
    foreach (var e in result.Employees)
        Console.WriteLine(Invariant($"{e.Employee,-6} {e.Group,-8} {e.Score,7} {e.Rank,6} {e.Grade,-5} {e.Multiplier,10}"));
    Console.WriteLine();
}

return 0;
