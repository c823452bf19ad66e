using System.Globalization;
using System.Numerics;

namespace PerfRules.Text;

/// <summary>
/// Reads decimal text exactly, or says why it cannot (spec section 11: a literal or data value that System.Decimal
/// cannot hold exactly is an error, never silently rounded). Judged by value: trailing zeros do not count, and a
/// percent is judged after its division by 100.
/// </summary>
internal static class ExactDecimal
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>
    /// Parses <c>[-]digits[.digits]</c> (no separators, no exponent, invariant). When <paramref name="percent"/> is
    /// set the value is divided by 100. Returns false with <paramref name="problem"/> null for text that is not a
    /// number at all, and with a reason for a number that a decimal cannot hold exactly.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool percent, out decimal value, out string? problem)
    {
        value = 0m;
        problem = null;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            text = text[1..];
        }

        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];
        if (whole.IsEmpty || (dot >= 0 && fraction.IsEmpty) || !AllDigits(whole) || !AllDigits(fraction)) return false;

        fraction = fraction.TrimEnd('0');
        whole = whole.TrimStart('0');
        var scale = fraction.Length + (percent ? 2 : 0);
        if (scale > 28)
        {
            problem = "more than 28 decimals";
            return false;
        }

        if (whole.Length + fraction.Length <= 18)
        {
            // Up to 18 digits always fit a ulong: the common case in data files, read without allocating.
            ulong small = 0;
            foreach (var c in whole) small = (small * 10) + (ulong)(c - '0');
            foreach (var c in fraction) small = (small * 10) + (ulong)(c - '0');
            value = new decimal(unchecked((int)(uint)small), unchecked((int)(uint)(small >> 32)), 0, negative && small != 0, (byte)scale);
            return true;
        }

        var digits = string.Concat(whole, fraction);
        var mantissa = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (mantissa > MaxMantissa)
        {
            problem = scale == 0 || whole.Length > 29 ? "out of range" : "more digits than a decimal holds";
            return false;
        }

        var bits = mantissa.ToByteArray(isUnsigned: true, isBigEndian: false);
        Span<byte> buffer = stackalloc byte[12];
        bits.AsSpan(0, Math.Min(bits.Length, 12)).CopyTo(buffer);
        var lo = BitConverter.ToInt32(buffer[..4]);
        var mid = BitConverter.ToInt32(buffer[4..8]);
        var hi = BitConverter.ToInt32(buffer[8..12]);
        value = new decimal(lo, mid, hi, negative && !mantissa.IsZero, (byte)scale);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
