namespace PerfRules.Diagnostics;

/// <summary>A stretch of source text: its offset and length, and the 1-based line and column where it starts.</summary>
/// <param name="Start">Zero-based offset of the first character.</param>
/// <param name="Length">Number of characters covered.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>The span at the very start of a text, for diagnostics that concern the whole file.</summary>
    public static SourceSpan StartOfText { get; } = new(0, 0, 1, 1);

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>A span that starts where this one starts and ends where <paramref name="other"/> ends.</summary>
    public SourceSpan Through(SourceSpan other) =>
        other.End <= Start ? this : this with { Length = other.End - Start };
}
