using System.CommandLine;
using PerfRules.Cli.Output;
using PerfRules.Periods;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules score PLAN.perf DATA.csv [--period P] [--format table|csv|json] [--explain EMPLOYEE]</c>.
/// Without <c>--period</c> the latest period in the data is scored and the earlier ones are its history.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var planArgument = new Argument<FileInfo>("plan") { Description = "The .perf plan." };
        var dataArgument = new Argument<FileInfo>("data") { Description = "The roster: a CSV file with employee, period and one column per input." };
        var periodOption = new Option<string?>("--period") { Description = "The period to score, such as 2025-Q3 or 2025-W07; default: the latest in the data." };
        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: table (default on a terminal), csv or json.",
            DefaultValueFactory = _ => Console.IsOutputRedirected ? "csv" : "table",
        };
        formatOption.AcceptOnlyFromAmong("table", "csv", "json");
        var explainOption = new Option<string?>("--explain") { Description = "Print the trace of one employee's result instead of the standings." };

        var command = new Command("score", "Score a period of a roster with a plan.") { planArgument, dataArgument, periodOption, formatOption, explainOption };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(planArgument)!,
            parse.GetValue(dataArgument)!,
            parse.GetValue(periodOption),
            parse.GetValue(formatOption)!,
            parse.GetValue(explainOption)));
        return command;
    }

    private static int Run(CliConsole console, FileInfo planFile, FileInfo dataFile, string? periodText, string format, string? explain)
    {
        PerfPeriod? period = null;
        if (periodText is not null)
        {
            if (!PerfPeriod.TryParse(periodText, out var parsed))
            {
                console.Error.WriteLine($"perfrules: '{periodText}' is not a period: write 2025-W07, 2025-07, 2025-Q3 or 2025");
                return CliApp.UsageError;
            }

            period = parsed;
        }

        if (!dataFile.Exists)
        {
            console.Error.WriteLine($"perfrules: no such data file: {dataFile.ToString()}");
            return CliApp.UsageError;
        }

        if (PlanLoader.Load(console, planFile, out var failure) is not { } plan) return failure;

        using var progress = Progress.Start(console, "Scoring " + dataFile.Name);
        var roster = plan.ReadCsvFile(dataFile.ToString());
        var result = plan.Evaluate(roster, period, EvaluationOptions.AllProcessors);
        progress.Dispose();

        foreach (var diagnostic in result.Diagnostics) console.Error.WriteLine(diagnostic);
        if (result.HasErrors) return CliApp.Errors;

        if (explain is not null)
        {
            if (result.Find(explain) is not { } employee)
            {
                console.Error.WriteLine($"perfrules: employee '{explain}' has no row in {result.Period}");
                return CliApp.UsageError;
            }

            // The stamp first, so that a trace kept for an appeal names exactly the rules it was worked out with.
            console.Out.Write(plan.Name is null ? $"plan {plan.ContentHash}\n" : $"plan \"{plan.Name}\", {plan.ContentHash}\n");
            console.Out.Write(employee.Explain().ToString());
            return CliApp.Success;
        }

        switch (format)
        {
            case "csv": CsvResultWriter.Write(plan, result, console.Out); break;
            case "json": JsonResultWriter.Write(plan, result, console.Out); break;
            default: TableResultWriter.Write(plan, result, console.Out, console.OutIsTerminal); break;
        }

        return CliApp.Success;
    }
}
