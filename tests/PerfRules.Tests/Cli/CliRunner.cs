using PerfRules.Cli;

namespace PerfRules.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, stderrIsTerminal: false);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A case file's full path.</summary>
    public static string Case(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Cases", relativePath);

    /// <summary>Writes text to a new temporary file with the given name and returns its path.</summary>
    public static string TempFile(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "perfrules-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
