using System.Diagnostics;

namespace PerfRules.Cli.Output;

/// <summary>
/// A spinner on stderr for work that takes more than a second, only when stderr is a terminal (so it never lands in
/// a redirected log). Disposing it clears the line.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly char[] Frames = ['|', '/', '-', '\\'];
    private readonly CliConsole _console;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _frame;
    private bool _shown;
    private bool _done;

    private Progress(CliConsole console, string label)
    {
        _console = console;
        _label = label;
        if (console.ErrorIsTerminal) _timer = new Timer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(250));
    }

    public static Progress Start(CliConsole console, string label) => new(console, label);

    private void Tick()
    {
        lock (_gate)
        {
            if (_done) return;
            _shown = true;
            _console.Error.Write($"\r{Frames[_frame++ % Frames.Length]} {_label} ({_clock.Elapsed.TotalSeconds:0}s)");
            _console.Error.Flush();
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_done) return;
            _done = true;
            if (_shown) _console.Error.Write("\r" + new string(' ', _label.Length + 16) + "\r");
        }
    }
}
