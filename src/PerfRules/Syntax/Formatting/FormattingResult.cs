using System.Diagnostics.CodeAnalysis;
using PerfRules.Diagnostics;

namespace PerfRules;

/// <summary>The outcome of formatting a plan: its canonical text, or the syntax errors that stopped it.</summary>
public sealed class FormattingResult
{
    internal FormattingResult(string? text, bool isFormatted, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        IsFormatted = isFormatted;
        Diagnostics = diagnostics;
    }

    /// <summary>The plan in its canonical layout, or null when the plan has syntax errors.</summary>
    public string? Text { get; }

    /// <summary>Whether the plan was already in its canonical layout, character for character.</summary>
    public bool IsFormatted { get; }

    /// <summary>The syntax errors (and any warnings) met, in position order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the plan could be formatted.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    public bool Success => Text is not null;
}
