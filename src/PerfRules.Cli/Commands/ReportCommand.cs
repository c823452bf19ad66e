using System.CommandLine;
using PerfRules.Authoring;
using PerfRules.Cli.Output;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules report PLAN.perf DATA.csv [--period P] [--format table|json] [--html FILE]</c>: the distribution
/// of one scored period as terminal bar charts or JSON, and with <c>--html</c> a self-contained page with the same
/// charts for an HR lead.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var planArgument = new Argument<FileInfo>("plan") { Description = "The .perf plan." };
        var dataArgument = new Argument<FileInfo>("data") { Description = "The roster to score." };
        var periodOption = CommandInputs.PeriodOption();
        var formatOption = CommandInputs.FormatOption("table", "table", "json");
        var htmlOption = new Option<FileInfo?>("--html") { Description = "Also write the report as a self-contained HTML page to this file." };
        var command = new Command("report", "Show the distribution of scores, grades, multipliers, vetoes and flags.")
        {
            planArgument, dataArgument, periodOption, formatOption, htmlOption,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(planArgument)!,
            parse.GetValue(dataArgument)!,
            parse.GetValue(periodOption),
            parse.GetValue(formatOption)!,
            parse.GetValue(htmlOption)));
        return command;
    }

    private static int Run(CliConsole console, FileInfo planFile, FileInfo dataFile, string? periodText, string format, FileInfo? html)
    {
        if (!CommandInputs.TryPeriod(console, periodText, out var period)) return CliApp.UsageError;
        if (!CommandInputs.DataExists(console, dataFile)) return CliApp.UsageError;
        if (PlanLoader.Load(console, planFile, out var failure) is not { } plan) return failure;

        using var progress = Progress.Start(console, "Scoring " + dataFile.Name);
        var result = plan.Evaluate(plan.ReadCsvFile(dataFile.ToString()), period, EvaluationOptions.AllProcessors);
        progress.Dispose();

        foreach (var diagnostic in result.Diagnostics) console.Error.WriteLine(diagnostic);
        if (result.HasErrors) return CliApp.Errors;

        var report = DistributionReport.Create(plan, result);
        if (html is not null)
        {
            try
            {
                File.WriteAllText(html.FullName, ReportHtmlWriter.Write(report));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"perfrules: cannot write {html.ToString()}: {e.Message}");
                return CliApp.UsageError;
            }
        }

        if (format == "json") ReportJsonWriter.Write(report, console.Out);
        else ReportChartWriter.Write(report, console.Out);
        return CliApp.Success;
    }
}
