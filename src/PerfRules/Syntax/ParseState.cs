using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>
/// What the parsers of one declaration remember beside their results: how deep the expression being read is
/// nested, and the tokens that explain a failure better than an expectation list can.
/// </summary>
internal sealed class ParseState
{
    /// <summary>How many parentheses, calls and prefix operators may be open at once.</summary>
    public const int MaxNesting = 100;

    public int Depth { get; set; }

    /// <summary>The first token that opened one nesting level too many, if any.</summary>
    public Token<PerfToken>? TooDeepAt { get; private set; }

    /// <summary>
    /// How many levels were open when <see cref="TooDeepAt"/> was refused: <see cref="MaxNesting"/>, or fewer where the
    /// thread's stack ran short first, so that the diagnostic says how deep the text really got.
    /// </summary>
    public int LevelsOpenWhenTooDeep { get; private set; }

    /// <summary>Remembers the first token refused a nesting level.</summary>
    public void RefuseNesting(Token<PerfToken> token)
    {
        if (TooDeepAt is not null) return;
        TooDeepAt = token;
        LevelsOpenWhenTooDeep = Depth;
    }

    /// <summary>The last reserved word met where a name was expected.</summary>
    public Token<PerfToken>? ReservedAt { get; set; }

    public void Reset()
    {
        Depth = 0;
        TooDeepAt = null;
        ReservedAt = null;
    }
}
