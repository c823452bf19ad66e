using System.Text;
using PerfRules.Diagnostics;

namespace PerfRules.Authoring;

/// <summary>
/// Reads the parts of one line of a tests file: words, quoted texts, operators, and the rest of the line, each with
/// its position. <c>//</c> outside a quoted text starts a comment that runs to the end of the line.
/// </summary>
internal sealed class TestLineScanner
{
    private readonly string _line;
    private readonly int _lineNumber;
    private readonly int _offset;
    private int _position;

    public TestLineScanner(string line, int lineNumber, int offset)
    {
        _line = line;
        _lineNumber = lineNumber;
        _offset = offset;
    }

    /// <summary>Whether only spaces or a comment are left.</summary>
    public bool AtEnd
    {
        get
        {
            SkipSpaces();
            return _position >= _line.Length || IsCommentAt(_position);
        }
    }

    /// <summary>The span of the next part (after spaces), with no length: where something was expected.</summary>
    public SourceSpan Here
    {
        get
        {
            SkipSpaces();
            return Span(_position, 0);
        }
    }

    public SourceSpan Span(int start, int length) => new(_offset + start, length, _lineNumber, start + 1);

    /// <summary>The next character after spaces, or '\0' at the end.</summary>
    public char Peek() => AtEnd ? '\0' : _line[_position];

    public bool TryChar(char c)
    {
        if (Peek() != c) return false;
        _position++;
        return true;
    }

    /// <summary>
    /// A run of characters up to a space, a quote, a comma, a parenthesis or an operator character: a keyword, an
    /// employee id, a name, a period or a number.
    /// </summary>
    public bool TryWord(out string word, out SourceSpan span)
    {
        word = "";
        span = Here;
        if (AtEnd) return false;
        var start = _position;
        while (_position < _line.Length && !EndsWord(_line[_position]) && !IsCommentAt(_position)) _position++;
        if (_position == start) return false;
        word = _line[start.._position];
        span = Span(start, _position - start);
        return true;
    }

    /// <summary>A comparison operator (<c>= == != &lt; &lt;= &gt; &gt;=</c>), as written.</summary>
    public bool TryOperator(out string text, out SourceSpan span)
    {
        text = "";
        span = Here;
        if (AtEnd) return false;
        var start = _position;
        while (_position < _line.Length && _line[_position] is '=' or '!' or '<' or '>') _position++;
        if (_position == start) return false;
        text = _line[start.._position];
        span = Span(start, _position - start);
        return true;
    }

    /// <summary>
    /// A quoted text with the escapes of the .perf language (<c>\" \\ \n</c>). Returns false when the next part is
    /// not a quote; <paramref name="closed"/> is false when the text runs to the end of the line.
    /// </summary>
    public bool TryString(out string value, out SourceSpan span, out bool closed)
    {
        value = "";
        closed = false;
        span = Here;
        if (Peek() != '"') return false;
        var start = _position++;
        var text = new StringBuilder();
        while (_position < _line.Length)
        {
            var c = _line[_position++];
            if (c == '"')
            {
                closed = true;
                break;
            }

            if (c == '\\' && _position < _line.Length)
            {
                var escaped = _line[_position++];
                text.Append(escaped == 'n' ? '\n' : escaped);
                continue;
            }

            text.Append(c);
        }

        value = text.ToString();
        span = Span(start, _position - start);
        return true;
    }

    /// <summary>Bare text up to a comma, a comment or the end of the line, trimmed.</summary>
    public bool TryBareText(out string text, out SourceSpan span)
    {
        text = "";
        span = Here;
        if (AtEnd) return false;
        var start = _position;
        while (_position < _line.Length && _line[_position] != ',' && !IsCommentAt(_position)) _position++;
        var end = _position;
        while (end > start && char.IsWhiteSpace(_line[end - 1])) end--;
        text = _line[start..end];
        span = Span(start, end - start);
        return end > start;
    }

    /// <summary>The text written from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public string Text(SourceSpan first, SourceSpan last) => _line[(first.Column - 1)..(last.Column - 1 + last.Length)];

    /// <summary>Everything left before a comment, trimmed, for messages about text that should not be there.</summary>
    public string Rest()
    {
        SkipSpaces();
        var end = _position;
        while (end < _line.Length && !IsCommentAt(end)) end++;
        return _line[_position..end].TrimEnd();
    }

    private void SkipSpaces()
    {
        while (_position < _line.Length && char.IsWhiteSpace(_line[_position])) _position++;
    }

    private bool IsCommentAt(int index) => index + 1 < _line.Length && _line[index] == '/' && _line[index + 1] == '/';

    private static bool EndsWord(char c) => char.IsWhiteSpace(c) || c is '"' or ',' or '(' or ')' or '=' or '!' or '<' or '>';
}
