using PerfRules.Text;

namespace PerfRules.Syntax;

/// <summary>
/// Reads a number as the plan writes it: digits with single <c>_</c> between digits in the whole part, an optional
/// <c>.digits</c> fraction, and a <c>%</c> directly after meaning "divided by 100".
/// </summary>
internal static class NumberText
{
    /// <summary>Whether <paramref name="body"/> (the number without its <c>%</c>) has the form the language allows.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> body)
    {
        var i = 0;
        if (!ReadDigits(body, ref i)) return false;
        while (i < body.Length && body[i] == '_')
        {
            i++;
            if (!ReadDigits(body, ref i)) return false;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            if (!ReadDigits(body, ref i)) return false;
        }

        return i == body.Length;
    }

    /// <summary>
    /// The exact value of a well-formed number, or false with the reason a decimal cannot hold it
    /// (<paramref name="problem"/> is null when the text is not well formed).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> body, bool percent, out decimal value, out string? problem)
    {
        if (TryReadShort(body, percent, out value))
        {
            problem = null;
            return true;
        }

        Span<char> digits = body.Length <= 256 ? stackalloc char[body.Length] : new char[body.Length];
        var length = 0;
        foreach (var c in body)
            if (c != '_') digits[length++] = c;
        return ExactDecimal.TryParse(digits[..length], percent, out value, out problem);
    }

    /// <summary>The value of a number token's text, <c>%</c> included; 0 for a number already reported as wrong.</summary>
    public static (decimal Value, bool IsPercent) ValueOf(string written)
    {
        var percent = written.EndsWith('%');
        var body = percent ? written.AsSpan(0, written.Length - 1) : written.AsSpan();
        return (IsWellFormed(body) && TryRead(body, percent, out var value, out _) ? value : 0m, percent);
    }

    /// <summary>
    /// The common case without big-integer arithmetic: at most 19 digits fit a <see cref="ulong"/> mantissa, and a
    /// scale of at most 21 fits a decimal. Trailing zeros of the fraction are dropped as <see cref="ExactDecimal"/>
    /// drops them, so that both paths give the same decimal, scale included.
    /// </summary>
    private static bool TryReadShort(ReadOnlySpan<char> body, bool percent, out decimal value)
    {
        value = 0m;
        if (body.Length > 19) return false;
        var dot = body.IndexOf('.');
        if (dot >= 0) body = body.TrimEnd('0');
        if (dot == body.Length - 1) body = body[..^1];

        ulong mantissa = 0;
        var scale = percent ? 2 : 0;
        var inFraction = false;
        foreach (var c in body)
        {
            if (c == '_') continue;
            if (c == '.')
            {
                inFraction = true;
                continue;
            }

            if (!char.IsAsciiDigit(c)) return false;
            mantissa = (mantissa * 10) + (ulong)(c - '0');
            if (inFraction) scale++;
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i > start;
    }
}
