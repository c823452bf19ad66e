using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using PerfRules.Diagnostics;

namespace PerfRules.Text;

/// <summary>Turns the bytes of a plan file into text, refusing bytes that are not UTF-8.</summary>
internal static class SourceText
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Decodes <paramref name="bytes"/> as UTF-8 (a leading byte-order mark is dropped). At the first byte that is not
    /// UTF-8, reports PR0009 at its line and column (counted as the tokenizer counts them) and returns false.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, out string text)
    {
        if (bytes.StartsWith(ByteOrderMark)) bytes = bytes[ByteOrderMark.Length..];
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            text = new string(chars, 0, written);
            return true;
        }

        var (line, column) = PositionAfter(chars.AsSpan(0, written));
        var shown = "0x" + bytes[read].ToString("X2", CultureInfo.InvariantCulture);
        diagnostics.Error(DiagnosticCode.InvalidUtf8, new SourceSpan(written, 1, line, column), shown);
        text = string.Empty;
        return false;
    }

    /// <summary>
    /// Reads a plan file as UTF-8 text. A file that cannot be read, or bytes that are not UTF-8, give false with the
    /// diagnostic that says so.
    /// </summary>
    public static bool TryReadFile(string path, out string text, out ImmutableArray<Diagnostic> diagnostics)
    {
        text = string.Empty;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics = [Diagnostic.Create(DiagnosticCode.FileUnreadable, path, SourceSpan.StartOfText, e.Message)];
            return false;
        }

        var bag = new DiagnosticBag(path);
        var decoded = TryDecode(bytes, bag, out text);
        diagnostics = bag.ToSortedArray();
        return decoded;
    }

    // Lines end at LF, CRLF or a lone CR; the column is one past the last character.
    private static (int Line, int Column) PositionAfter(ReadOnlySpan<char> text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, text.Length - lineStart + 1);
    }
}
