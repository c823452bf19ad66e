using System.CommandLine;
using PerfRules.Periods;

namespace PerfRules.Cli.Commands;

/// <summary>Arguments and options that several commands share, read the same way everywhere.</summary>
internal static class CommandInputs
{
    public static Option<string?> PeriodOption() =>
        new("--period") { Description = "The period to score, such as 2025-Q3; default: the latest in the data." };

    /// <summary>A <c>--format</c> option; the first format is the default on a terminal, <paramref name="redirected"/> when stdout is redirected.</summary>
    public static Option<string> FormatOption(string redirected, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = redirected == formats[0]
                ? $"Output format: {string.Join(", ", formats)} (default {formats[0]})."
                : $"Output format: {string.Join(", ", formats)} (default {formats[0]} on a terminal, {redirected} when redirected).",
            DefaultValueFactory = _ => Console.IsOutputRedirected ? redirected : formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Reads <c>--period</c>; false (a usage error, already written) when it is not a period.</summary>
    public static bool TryPeriod(CliConsole console, string? text, out PerfPeriod? period)
    {
        period = null;
        if (text is null) return true;
        if (PerfPeriod.TryParse(text, out var parsed))
        {
            period = parsed;
            return true;
        }

        console.Error.WriteLine($"perfrules: '{text}' is not a period: write 2025-07, 2025-Q3 or 2025");
        return false;
    }

    /// <summary>Whether the data file exists; when not, the usage error is written.</summary>
    public static bool DataExists(CliConsole console, FileInfo data)
    {
        if (data.Exists) return true;
        console.Error.WriteLine($"perfrules: no such data file: {data.ToString()}");
        return false;
    }
}
