using System.Numerics;
using System.Runtime.InteropServices;

namespace PerfRules.Runtime;

/// <summary>
/// A ranking's whole order as one unsigned 64-bit number per row, where the keys allow it: the band (scored, unscored,
/// vetoed) in the top bits, then each key in turn as its distance from the column's smallest value (asc) or largest
/// (desc), a missing key one past the largest distance. Each number key is first made an exact whole number at the
/// largest scale in its column, so two rows get equal numbers exactly when <see cref="RankKeyColumns.Compare"/> finds
/// every key equal, and the smaller number exactly when it puts that row ahead. Sorting the numbers is then a
/// primitive sort, with no comparer called per comparison.
/// </summary>
/// <remarks>
/// A text key, a value that is not a whole number below 2^62 at its column's scale, or keys whose distances need more
/// than 64 bits together leave the ranking to the row comparer: there is no packing, never a different order.
/// </remarks>
internal static class PackedRankKeys
{
    private const int BandBits = 2;
    private const ulong Largest = 1UL << 62;
    private const long Missing = long.MinValue; // no whole number is below -2^62

    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 20).Select(PowerOfTen)]; // 10^19 is the last under 2^64

    /// <summary>The packed key of <c>rows[i]</c> at index i, or null where the keys cannot be packed (see remarks).</summary>
    public static ulong[]? TryPack(byte[] bands, RankKeyColumns keys, int[] rows)
    {
        var n = bands.Length;
        var byRow = new ulong[n];
        for (var row = 0; row < n; row++) byRow[row] = bands[row];

        // The keys' whole numbers go where the packed keys will: they are used up before the keys are placed there.
        var packed = new ulong[rows.Length];
        var wholes = MemoryMarshal.Cast<ulong, long>(packed.AsSpan());
        var bits = BandBits;
        for (var k = 0; k < keys.KeyCount; k++)
        {
            if (keys.Numbers[k] is not { } column || !TryWholes(column, wholes, out var min, out var max)) return null;
            if (min > max) continue; // no value at all: every key is equal, and takes no bits

            // Distances run 0..max - min (under 2^63); a missing key is the next number.
            var missing = (ulong)(max - min) + 1;
            var width = 64 - BitOperations.LeadingZeroCount(missing);
            if ((bits += width) > 64) return null;
            var descending = keys.Descending[k];
            for (var row = 0; row < n; row++)
            {
                var whole = wholes[row];
                var code = whole == Missing ? missing : descending ? (ulong)(max - whole) : (ulong)(whole - min);
                byRow[row] = (byRow[row] << width) | code;
            }
        }

        for (var i = 0; i < rows.Length; i++) packed[i] = byRow[rows[i]];
        return packed;
    }

    // Every value of the column as a whole number at the column's largest scale (Missing where there is none), and the
    // smallest and largest; false when one is not a whole number under 2^62 at that scale.
    private static bool TryWholes(decimal?[] column, Span<long> wholes, out long min, out long max)
    {
        (min, max) = (long.MaxValue, long.MinValue);
        Span<int> parts = stackalloc int[4]; // decimal.GetBits writes here: once per column, not once per value
        int? sameScale = null;
        var scale = 0;
        for (var row = 0; row < column.Length; row++)
        {
            if (column[row] is not { } value)
            {
                wholes[row] = Missing;
                continue;
            }

            // At each value's own scale first: in a column of one scale (the usual case) that is already the answer.
            if (!TryWhole(value, value.Scale, parts, out var whole)) return false;
            wholes[row] = whole;
            scale = Math.Max(scale, value.Scale);
            sameScale = sameScale is null || sameScale == value.Scale ? value.Scale : -1;
            (min, max) = (Math.Min(min, whole), Math.Max(max, whole));
        }

        if (sameScale is null or >= 0) return true;

        (min, max) = (long.MaxValue, long.MinValue);
        for (var row = 0; row < column.Length; row++)
        {
            if (column[row] is not { } value) continue;
            if (!TryWhole(value, scale, parts, out var whole)) return false;
            wholes[row] = whole;
            (min, max) = (Math.Min(min, whole), Math.Max(max, whole));
        }

        return true;
    }

    // value * 10^(scale - value's scale) as a whole number, when that is exact and its size under 2^62; parts is room for its bits.
    private static bool TryWhole(decimal value, int scale, Span<int> parts, out long whole)
    {
        decimal.GetBits(value, parts);
        whole = 0;
        var mantissa = unchecked(((ulong)(uint)parts[1] << 32) | (uint)parts[0]); // the low 64 bits, reinterpreted
        if (parts[2] != 0 || mantissa >= Largest) return false;
        if (mantissa == 0) return true;

        var up = scale - value.Scale;
        if (up == 0)
        {
            whole = parts[3] < 0 ? -(long)mantissa : (long)mantissa; // the sign is the top bit of the flags
            return true;
        }

        if (up >= PowersOfTen.Length) return false;
        var high = Math.BigMul(mantissa, PowersOfTen[up], out var low);
        if (high != 0 || low >= Largest) return false;
        whole = parts[3] < 0 ? -(long)low : (long)low;
        return true;
    }

    private static ulong PowerOfTen(int exponent)
    {
        var power = 1UL;
        for (var e = 0; e < exponent; e++) power *= 10;
        return power;
    }
}
