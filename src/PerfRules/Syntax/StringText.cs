using System.Text;

namespace PerfRules.Syntax;

/// <summary>The value of a string literal as written, quotes and escapes included.</summary>
internal static class StringText
{
    /// <summary>
    /// Resolves <c>\"</c>, <c>\\</c> and <c>\n</c>. The tokenizer has already reported anything else, so an unknown
    /// escape is kept as written and a missing closing quote is forgiven.
    /// </summary>
    public static string ValueOf(string written)
    {
        var body = written.AsSpan(1);
        if (body.Length > 0 && body[^1] == '"' && !EndsInsideEscape(body)) body = body[..^1];
        if (!body.Contains('\\')) return body.ToString();

        var value = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                value.Append(body[i]);
                continue;
            }

            var escaped = body[++i];
            value.Append(escaped switch
            {
                'n' => "\n",
                '"' => "\"",
                '\\' => "\\",
                _ => "\\" + escaped,
            });
        }

        return value.ToString();
    }

    // The closing quote of `"ab\"` (unterminated) is escaped, not closing: count the backslashes before it.
    private static bool EndsInsideEscape(ReadOnlySpan<char> body)
    {
        var backslashes = 0;
        for (var i = body.Length - 2; i >= 0 && body[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
