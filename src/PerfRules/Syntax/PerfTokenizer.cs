using System.Buffers;
using System.Text;
using PerfRules.Diagnostics;
using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>
/// Turns a plan's text into tokens. It never fails: a character no token starts with, a string left open or a
/// malformed number is reported and skipped or kept as well as it can be, and reading goes on, so that one typo
/// yields one error. Lines are counted at LF, CRLF and a lone CR; columns count UTF-16 units from 1, a tab as one.
/// </summary>
internal sealed class PerfTokenizer
{
    private readonly string _text;
    private readonly SyntaxErrors _errors;
    private readonly List<Token<PerfToken>> _tokens;
    private readonly ImmutableArray<CommentTrivia>.Builder _comments = ImmutableArray.CreateBuilder<CommentTrivia>();
    private readonly ImmutableArray<SourceSpan>.Builder _skipped = ImmutableArray.CreateBuilder<SourceSpan>();
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private PerfTokenizer(string text, SyntaxErrors errors)
    {
        _text = text;
        _errors = errors;
        // Plans average well over three characters a token; starting near that size spares a large file most of
        // the list's regrowth.
        _tokens = new List<Token<PerfToken>>(text.Length / 3 + 16);
    }

    public static TokenizedText Tokenize(string text, SyntaxErrors errors)
    {
        var tokenizer = new PerfTokenizer(text, errors);
        tokenizer.Run();
        return new TokenizedText(text, [.. tokenizer._tokens], tokenizer._comments.ToImmutable(), tokenizer._skipped.ToImmutable());
    }

    private void Run()
    {
        // A byte-order mark that survived decoding is not part of the plan.
        if (_text.Length > 0 && _text[0] == '\uFEFF') _index = _lineStart = 1;

        while (_index < _text.Length && !_errors.IsFull)
        {
            var c = _text[_index];
            switch (c)
            {
                case ' ' or '\t':
                    _index++;
                    break;
                case '\n':
                    NewLine(_index + 1);
                    break;
                case '\r':
                    // CRLF ends one line; the LF that follows does the counting.
                    if (_index + 1 < _text.Length && _text[_index + 1] == '\n') _index++;
                    else NewLine(_index + 1);
                    break;
                case '/' when Peek(1) == '/':
                    ReadComment();
                    break;
                case '"':
                    ReadString();
                    break;
                case >= '0' and <= '9':
                    ReadNumber();
                    break;
                case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_':
                    ReadWord();
                    break;
                default:
                    if (c >= 0x80 && StartsNonAsciiWord()) ReadWord();
                    else ReadPunctuation(c);
                    break;
            }
        }
    }

    private char Peek(int ahead) => _index + ahead < _text.Length ? _text[_index + ahead] : '\0';

    private void NewLine(int next)
    {
        _index = next;
        _line++;
        _lineStart = next;
    }

    private SourceSpan SpanAt(int start, int length) => new(start, length, _line, start - _lineStart + 1);

    private void Emit(PerfToken kind, int start)
    {
        var position = new Position(start, _line, start - _lineStart + 1);
        _tokens.Add(new Token<PerfToken>(kind, new TextSpan(_text, position, _index - start)));
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private void ReadComment()
    {
        var start = _index;
        while (_index < _text.Length && !IsLineBreak(_text[_index])) _index++;
        _comments.Add(new CommentTrivia(_text[start.._index], SpanAt(start, _index - start)));
    }

    private void ReadString()
    {
        var start = _index++;
        while (_index < _text.Length && !IsLineBreak(_text[_index]))
        {
            var c = _text[_index];
            if (c == '"')
            {
                _index++;
                Emit(PerfToken.StringLiteral, start);
                return;
            }

            if (c == '\\' && _index + 1 < _text.Length && !IsLineBreak(_text[_index + 1]))
            {
                if (_text[_index + 1] is not ('"' or '\\' or 'n'))
                    _errors.Report(DiagnosticCode.InvalidEscape, SpanAt(_index, 2), EscapedCharacter(_index + 1));
                _index += 2;
            }
            else
            {
                _index++;
            }
        }

        // Kept as a string token all the same, so that the declaration around it still parses.
        _errors.Report(DiagnosticCode.UnterminatedString, SpanAt(start, _index - start));
        Emit(PerfToken.StringLiteral, start);
    }

    private string EscapedCharacter(int index)
    {
        var shown = CharacterDisplay.Show(_text, index, out _);
        return shown.StartsWith('\'') ? shown[1..^1] : shown;
    }

    private void ReadNumber()
    {
        var start = _index;
        // Letters, dots and underscores glued to the digits belong to the same mistake ("1e5", "1.", "1__0"),
        // so they are reported once as a malformed number rather than as a number and a stray name.
        while (_index < _text.Length && (char.IsAsciiLetterOrDigit(_text[_index]) || _text[_index] is '_' or '.')) _index++;
        var percent = _index < _text.Length && _text[_index] == '%';
        var body = _text.AsSpan(start, _index - start);
        if (percent) _index++;
        if (!NumberText.IsWellFormed(body))
            _errors.Report(DiagnosticCode.MalformedNumber, SpanAt(start, _index - start), _text[start.._index]);
        else if (!NumberText.TryRead(body, percent, out _, out var problem))
            _errors.Report(DiagnosticCode.NumberNotRepresentable, SpanAt(start, _index - start), _text[start.._index], problem);
        Emit(PerfToken.NumberLiteral, start);
    }

    private bool StartsNonAsciiWord() =>
        Rune.DecodeFromUtf16(_text.AsSpan(_index), out var rune, out _) == OperationStatus.Done && Rune.IsLetter(rune);

    private void ReadWord()
    {
        var start = _index;
        var ascii = true;
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                _index++;
            }
            else if (c >= 0x80 && Rune.DecodeFromUtf16(_text.AsSpan(_index), out var rune, out var length) == OperationStatus.Done
                     && IsWordPart(rune))
            {
                ascii = false;
                _index += length;
            }
            else
            {
                break;
            }
        }

        var word = _text.AsSpan(start, _index - start);
        if (!ascii)
        {
            // One error for the whole word, which is kept as a name so that the rest of its declaration reads on.
            _errors.Report(DiagnosticCode.InvalidIdentifier, SpanAt(start, _index - start), word.ToString());
            Emit(PerfToken.Identifier, start);
        }
        else
        {
            Emit(Keywords.TryGet(word, out var keyword) ? keyword : PerfToken.Identifier, start);
        }
    }

    private static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private void ReadPunctuation(char c)
    {
        var start = _index;
        var kind = (c, Peek(1)) switch
        {
            ('{', _) => PerfToken.LeftBrace,
            ('}', _) => PerfToken.RightBrace,
            ('(', _) => PerfToken.LeftParen,
            (')', _) => PerfToken.RightParen,
            (',', _) => PerfToken.Comma,
            ('=', '=') => PerfToken.Equal,
            ('=', _) => PerfToken.Assign,
            ('!', '=') => PerfToken.NotEqual,
            ('<', '=') => PerfToken.LessOrEqual,
            ('<', _) => PerfToken.Less,
            ('>', '=') => PerfToken.GreaterOrEqual,
            ('>', _) => PerfToken.Greater,
            ('+', _) => PerfToken.Plus,
            ('-', _) => PerfToken.Minus,
            ('*', _) => PerfToken.Star,
            ('/', _) => PerfToken.Slash,
            _ => PerfToken.None,
        };

        if (kind == PerfToken.None)
        {
            var shown = CharacterDisplay.Show(_text, _index, out var length);
            _errors.Report(DiagnosticCode.UnexpectedCharacter, SpanAt(start, length), shown);
            _skipped.Add(SpanAt(start, length));
            _index += length;
            return;
        }

        _index += kind is PerfToken.Equal or PerfToken.NotEqual or PerfToken.LessOrEqual or PerfToken.GreaterOrEqual ? 2 : 1;
        Emit(kind, start);
    }
}
