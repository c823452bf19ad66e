using System.Text;
using Superpower.Model;

namespace PerfRules.Syntax.Formatting;

/// <summary>
/// Writes layout lines as text with the comments put back and blank lines between groups. A comment that follows a
/// token on its line is a trailing comment: it ends the layout line holding that token. Any other comment is a leading
/// comment: it sits on its own line, indented like the layout line holding the next token (or inside the block that
/// line closes). Where several trailing comments fall on one layout line (a construct written over several lines),
/// all but the last are written as leading comments, in their order. A blank line comes between declarations of
/// different kinds, and wherever the source had at least one, except right after a <c>{</c> or right before a <c>}</c>.
/// </summary>
internal sealed class LayoutWriter
{
    private const string Indent = "  ";
    private readonly List<LayoutLine> _lines;
    private readonly string _source;
    private readonly Token<PerfToken>[] _tokens;
    private readonly List<CommentTrivia>[] _leading;
    private readonly CommentTrivia?[] _trailing;
    private readonly StringBuilder _text = new();
    private bool _atStart = true;
    private bool _afterOpen;

    private LayoutWriter(List<LayoutLine> lines, TokenizedText tokenized)
    {
        _lines = lines;
        _source = tokenized.Text;
        _tokens = tokenized.Tokens;
        _leading = new List<CommentTrivia>[lines.Count + 1];
        for (var i = 0; i < _leading.Length; i++) _leading[i] = [];
        _trailing = new CommentTrivia?[lines.Count];
        Place(tokenized.Comments);
    }

    public static string Write(List<LayoutLine> lines, TokenizedText tokenized) => new LayoutWriter(lines, tokenized).Render();

    private void Place(ImmutableArray<CommentTrivia> comments)
    {
        foreach (var comment in comments)
        {
            var after = FirstTokenAfter(comment.Span.Start);
            var before = after - 1;
            if (before >= 0 && _tokens[before].Position.Line == comment.Span.Line)
            {
                var line = LineHolding(_tokens[before].Position.Absolute);
                if (_trailing[line] is { } earlier) _leading[line].Add(earlier);
                _trailing[line] = comment;
            }
            else
            {
                _leading[after < _tokens.Length ? LineHolding(_tokens[after].Position.Absolute) : _lines.Count].Add(comment);
            }
        }

        foreach (var leading in _leading) leading.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private string Render()
    {
        var kind = "";
        for (var i = 0; i <= _lines.Count; i++)
        {
            var line = i < _lines.Count ? _lines[i] : null;
            var newKind = line is not null && line.Role.HasFlag(LineRole.StartsDeclaration) && kind.Length > 0 && line.Kind != kind;
            var depth = line is null ? 0 : line.Role.HasFlag(LineRole.ClosesBlock) ? line.Depth + 1 : line.Depth;
            var start = line?.SourceStart ?? int.MaxValue;

            // Comments written before the line in the source keep their own blank lines. Comments from inside the
            // line's construct come next, taking the blank line the source had before the construct, and the line
            // follows them directly.
            var comments = _leading[i];
            var before = comments.Count(c => c.Span.Start < start);
            for (var k = 0; k < comments.Count; k++)
            {
                var comment = comments[k];
                var blank = k < before
                    ? (k == 0 && newKind) || BlankBefore(comment.Span.Start)
                    : k == before ? (before == 0 && newKind) || BlankBefore(start) : BlankBefore(comment.Span.Start);
                Emit(depth, comment.Text.TrimEnd(), blank, opens: false);
            }

            if (line is null) break;
            var text = _trailing[i] is { } trailing ? line.Text + " " + trailing.Text.TrimEnd() : line.Text;
            var lineBlank = comments.Count == before && !line.Role.HasFlag(LineRole.ClosesBlock)
                            && ((before == 0 && newKind) || BlankBefore(line.SourceStart));
            Emit(line.Depth, text, lineBlank, line.Role.HasFlag(LineRole.OpensBlock));
            if (line.Role.HasFlag(LineRole.StartsDeclaration)) kind = line.Kind;
        }

        return _text.ToString();
    }

    private void Emit(int depth, string text, bool blankBefore, bool opens)
    {
        if (blankBefore && !_atStart && !_afterOpen) _text.Append('\n');
        for (var d = 0; d < depth; d++) _text.Append(Indent);
        _text.Append(text).Append('\n');
        _atStart = false;
        _afterOpen = opens;
    }

    /// <summary>Whether an empty line lies between <paramref name="offset"/> and the text before it.</summary>
    private bool BlankBefore(int offset)
    {
        var breaks = 0;
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = _source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _source.Length || _source[i + 1] != '\n'))) breaks++;
            else if (c is not (' ' or '\t' or '\r')) break;
        }

        return breaks >= 2;
    }

    /// <summary>The last layout line starting at or before <paramref name="offset"/>.</summary>
    private int LineHolding(int offset)
    {
        int low = 0, high = _lines.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_lines[middle].SourceStart <= offset) low = middle + 1;
            else high = middle;
        }

        return Math.Max(0, low - 1);
    }

    /// <summary>The index of the first token starting after <paramref name="offset"/> (the token count if none does).</summary>
    private int FirstTokenAfter(int offset)
    {
        int low = 0, high = _tokens.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_tokens[middle].Position.Absolute <= offset) low = middle + 1;
            else high = middle;
        }

        return low;
    }
}
