using System.CommandLine;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules fmt PLAN.perf [--check]</c>: prints the plan in its canonical layout, or with <c>--check</c> prints
/// nothing and says by its exit code whether the file is already formatted (0) or not (1). A plan with syntax
/// errors is not formatted: its diagnostics go to stderr and the exit code is 1.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var planArgument = new Argument<FileInfo>("plan") { Description = "The .perf plan to format." };
        var checkOption = new Option<bool>("--check") { Description = "Print nothing; exit 1 when the file is not formatted, 0 when it is." };
        var command = new Command("fmt", "Print a plan in its canonical layout, comments kept.") { planArgument, checkOption };
        command.SetAction(parse => Run(console, parse.GetValue(planArgument)!, parse.GetValue(checkOption)));
        return command;
    }

    private static int Run(CliConsole console, FileInfo plan, bool check)
    {
        if (!plan.Exists)
        {
            console.Error.WriteLine($"perfrules: no such plan file: {plan}");
            return CliApp.UsageError;
        }

        var result = PlanFormatter.FormatFile(plan.ToString());
        foreach (var diagnostic in result.Diagnostics) console.Error.WriteLine(diagnostic);
        if (!result.Success) return CliApp.Errors;
        if (check) return result.IsFormatted ? CliApp.Success : CliApp.Errors;
        console.Out.Write(result.Text);
        return CliApp.Success;
    }
}
