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
    public Token<PerfToken>? TooDeepAt { get; set; }

    /// <summary>The last reserved word met where a name was expected.</summary>
    public Token<PerfToken>? ReservedAt { get; set; }

    public void Reset()
    {
        Depth = 0;
        TooDeepAt = null;
        ReservedAt = null;
    }
}
