using PerfRules.Diagnostics;

namespace PerfRules.Syntax;

/// <summary>
/// Reports the errors found while reading a plan's text, up to a limit. A binary file or a pasted spreadsheet
/// would otherwise produce an error for nearly every character; past the limit one last error says so and the
/// tokenizer and parser stop.
/// </summary>
internal sealed class SyntaxErrors(DiagnosticBag diagnostics)
{
    /// <summary>How many errors are reported before the rest of the file is given up.</summary>
    public const int Limit = 100;

    private int _count;

    /// <summary>Whether the limit has been passed; nothing more is reported and reading stops.</summary>
    public bool IsFull { get; private set; }

    public void Report(DiagnosticCode code, SourceSpan span, params object?[] args)
    {
        if (IsFull) return;
        if (_count == Limit)
        {
            diagnostics.Error(DiagnosticCode.TooManyErrors, span, Limit);
            IsFull = true;
            return;
        }

        _count++;
        diagnostics.Error(code, span, args);
    }
}
