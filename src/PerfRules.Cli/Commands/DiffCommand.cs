using System.CommandLine;
using PerfRules.Authoring;
using PerfRules.Cli.Output;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules diff OLD.perf NEW.perf DATA.csv [--period P] [--base COLUMN] [--format table|csv|json]</c>: scores
/// one roster with both plans and shows who gains and who loses: per employee score, rank, grade and multiplier,
/// the grade migration matrix, and payout totals before and after when a base amount column is named.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var oldArgument = new Argument<FileInfo>("old") { Description = "The plan in force." };
        var newArgument = new Argument<FileInfo>("new") { Description = "The plan proposed." };
        var dataArgument = new Argument<FileInfo>("data") { Description = "The roster both plans score." };
        var periodOption = CommandInputs.PeriodOption();
        var baseOption = new Option<string?>("--base") { Description = "A data column with each employee's base amount: payout totals are base x multiplier." };
        var formatOption = CommandInputs.FormatOption("csv", "table", "csv", "json");
        var command = new Command("diff", "Compare two plans on one roster: who gains, who loses.")
        {
            oldArgument, newArgument, dataArgument, periodOption, baseOption, formatOption,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(oldArgument)!,
            parse.GetValue(newArgument)!,
            parse.GetValue(dataArgument)!,
            parse.GetValue(periodOption),
            parse.GetValue(baseOption),
            parse.GetValue(formatOption)!));
        return command;
    }

    private static int Run(CliConsole console, FileInfo oldFile, FileInfo newFile, FileInfo dataFile, string? periodText, string? baseColumn, string format)
    {
        if (!CommandInputs.TryPeriod(console, periodText, out var period)) return CliApp.UsageError;
        if (!CommandInputs.DataExists(console, dataFile)) return CliApp.UsageError;

        // Both plans are checked before either failure returns, so that every mistake is reported at once.
        var before = PlanLoader.Load(console, oldFile, out var oldFailure);
        var after = PlanLoader.Load(console, newFile, out var newFailure);
        if (before is null || after is null) return Math.Max(oldFailure, newFailure);

        using var progress = Progress.Start(console, "Comparing on " + dataFile.Name);
        var diff = PlanDiff.Compare(before, after, dataFile.ToString(), new PlanDiffOptions { Period = period, BaseColumn = baseColumn });
        progress.Dispose();

        foreach (var diagnostic in diff.Diagnostics) console.Error.WriteLine(diagnostic);
        if (diff.HasErrors) return CliApp.Errors;

        var names = new DiffNames(oldFile.Name, newFile.Name);
        switch (format)
        {
            case "csv": DiffCsvWriter.Write(diff, console.Out); break;
            case "json": DiffJsonWriter.Write(diff, names, console.Out); break;
            default: DiffTableWriter.Write(diff, names, console.Out); break;
        }

        return CliApp.Success;
    }
}
