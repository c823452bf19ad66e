using PerfRules.Diagnostics;
using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>What the tokenizer made of a plan's text: the tokens the parser reads, and the comments it skips.</summary>
internal sealed class TokenizedText(
    string text, Token<PerfToken>[] tokens, ImmutableArray<CommentTrivia> comments, ImmutableArray<SourceSpan> skipped)
{
    public string Text { get; } = text;

    /// <summary>The tokens in order, comments and whitespace left out. Every token lies on one line.</summary>
    public Token<PerfToken>[] Tokens { get; } = tokens;

    public ImmutableArray<CommentTrivia> Comments { get; } = comments;

    /// <summary>Characters that no token starts with, reported and dropped, in text order.</summary>
    public ImmutableArray<SourceSpan> Skipped { get; } = skipped;

    /// <summary>
    /// Whether a dropped character lies between token <paramref name="index"/> (or the end of the tokens) and the
    /// token before it, on the same line as the former.
    /// </summary>
    public bool HasSkippedCharacterBefore(int index)
    {
        if (Skipped.IsEmpty) return false;
        var from = index > 0 ? Tokens[index - 1].Position.Absolute + Tokens[index - 1].Span.Length : 0;
        var to = index < Tokens.Length ? Tokens[index].Position.Absolute : Text.Length;
        var line = index < Tokens.Length ? Tokens[index].Position.Line : EndOfTokens.Line;
        var first = FirstSkippedAtOrAfter(from);
        for (var i = first; i < Skipped.Length && Skipped[i].Start < to; i++)
            if (Skipped[i].Line == line) return true;
        return false;
    }

    private int FirstSkippedAtOrAfter(int offset)
    {
        int low = 0, high = Skipped.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Skipped[middle].Start < offset) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    /// <summary>The source span of a token.</summary>
    public static SourceSpan SpanOf(Token<PerfToken> token) =>
        new(token.Position.Absolute, token.Span.Length, token.Position.Line, token.Position.Column);

    /// <summary>The empty span just past the last token: where "end of file" is reported.</summary>
    public SourceSpan EndOfTokens
    {
        get
        {
            if (Tokens.Length == 0) return SourceSpan.StartOfText;
            var last = SpanOf(Tokens[^1]);
            return new SourceSpan(last.End, 0, last.Line, last.Column + last.Length);
        }
    }
}
