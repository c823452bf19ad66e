using System.CommandLine;
using PerfRules.Cli.Commands;

namespace PerfRules.Cli;

/// <summary>
/// The <c>perfrules</c> command line: <c>check</c> and <c>score</c> (spec section 10). Exit codes: 0 success,
/// 1 compile or data errors (on stderr, in the form <c>file(line,col): error PRnnnn: message</c>), 2 a usage error.
/// Runs in-process with any writers, so tests drive the real command line.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool? stderrIsTerminal = null, bool stdoutIsTerminal = false)
    {
        var console = new CliConsole(stdout, stderr, stderrIsTerminal ?? !Console.IsErrorRedirected, stdoutIsTerminal);
        var root = new RootCommand("PerfRules: compile a .perf scoring plan and score period rosters with it.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(ScoreCommand.Create(console));
        root.Subcommands.Add(TestCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(FmtCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"perfrules: {error.Message}");
            stderr.WriteLine("Run 'perfrules --help' for usage.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        var code = parsed.Invoke(configuration);
        return parsed.Action is null && code == 0 ? UsageError : code;
    }
}

/// <summary>Where a command writes: results to stdout, diagnostics and progress to stderr.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, bool OutIsTerminal = false);
