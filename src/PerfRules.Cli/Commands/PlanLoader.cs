namespace PerfRules.Cli.Commands;

/// <summary>Compiles the plan a command names, writing its diagnostics to stderr.</summary>
internal static class PlanLoader
{
    /// <summary>The compiled plan, or null with the exit code to return: 2 when the file does not exist, 1 when it has errors.</summary>
    public static PerfPlan? Load(CliConsole console, FileInfo file, out int failureCode)
    {
        failureCode = CliApp.Success;
        if (!file.Exists)
        {
            console.Error.WriteLine($"perfrules: no such plan file: {file.ToString()}");
            failureCode = CliApp.UsageError;
            return null;
        }

        var result = PerfPlan.CompileFile(file.ToString());
        foreach (var diagnostic in result.Diagnostics) console.Error.WriteLine(diagnostic);
        if (!result.Success) failureCode = CliApp.Errors;
        return result.Plan;
    }
}
