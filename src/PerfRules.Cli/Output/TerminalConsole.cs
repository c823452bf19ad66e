using Spectre.Console;

namespace PerfRules.Cli.Output;

/// <summary>
/// A Spectre.Console console over a writer: colours only on a real terminal, and a fixed width elsewhere so that
/// redirected output and tests see the same text on every machine.
/// </summary>
internal static class TerminalConsole
{
    public static IAnsiConsole Create(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal) console.Profile.Width = 120;
        return console;
    }
}
