using System.Numerics;

namespace PerfRules.Runtime;

/// <summary>
/// The scores a curve gave for the values it saw last, for generated scoring code over a range of rows: counts, bands
/// and amounts in round steps repeat from employee to employee, and a linear or ladder curve costs a decimal division
/// where a lookup costs a few integer steps. A value is remembered by its exact bits (digits, scale and sign: 7 and
/// 7.0 are different values here, since their scores differ in scale), so a remembered score is the one the curve
/// would give, digit for digit.
/// </summary>
/// <remarks>
/// One memo belongs to one call of the scoring code, on one thread, and is sized for its rows: a place for every 16
/// rows, from 64 to 4,096 places (of 32 bytes: 128 KB), and none at all under <see cref="FewestRows"/> rows, where it would cost more
/// than it saves. It is direct-mapped: each value has one place, and a new value there replaces the old one. Where
/// values hardly repeat (amounts to the cent, ratios), it stops looking after a trial of <see cref="TrialLookups"/>
/// lookups with fewer than one hit in eight, so that such a column pays almost nothing for it.
/// </remarks>
internal sealed class CurveMemo
{
    private const int FewestRows = 1024;
    private const int MostPlaces = 4096;
    private const int TrialLookups = 4096;

    // Flags of a decimal use bits 16-23 (scale) and 31 (sign) only: bit 0 marks a place as holding a value.
    private const int Held = 1;

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int[] _bits = new int[4];
    private int _place;
    private int _lookups;
    private int _hits;
    private bool _off;

    /// <summary>A memo for a call over <paramref name="rows"/> rows.</summary>
    public CurveMemo(int rows)
    {
        var places = rows < FewestRows ? 0 : (int)Math.Min(MostPlaces, BitOperations.RoundUpToPowerOf2((uint)rows / 16));
        _off = places == 0;
        _entries = new Entry[places];
        _shift = 32 - BitOperations.Log2((uint)Math.Max(1, places));
    }

    /// <summary>The score remembered for exactly this value, if there is one; otherwise false, and the next <see cref="Remember"/> keeps it.</summary>
    public bool TryGet(decimal value, out decimal score)
    {
        score = 0m;
        if (_off) return false;
        if (++_lookups == TrialLookups && _hits < TrialLookups / 8) _off = true;

        decimal.GetBits(value, _bits);
        var (lo, mid, hi, flags) = (_bits[0], _bits[1], _bits[2], _bits[3] | Held);
        var place = unchecked((int)((uint)((lo * 31 + mid) * 31 + hi ^ flags) * 2654435769u >> _shift)); // Fibonacci hashing
        _place = place;
        ref var entry = ref _entries[place];
        if (entry.Lo != lo || entry.Mid != mid || entry.Hi != hi || entry.Flags != flags) return false;

        _hits++;
        score = entry.Score;
        return true;
    }

    /// <summary>Keeps <paramref name="score"/> for the value of the last <see cref="TryGet"/> that found none, and returns it.</summary>
    public decimal Remember(decimal score)
    {
        if (_off) return score;
        _entries[_place] = new Entry(_bits[0], _bits[1], _bits[2], _bits[3] | Held, score);
        return score;
    }

    // A value's bits and its score side by side, 32 bytes: one lookup touches one cache line.
    private readonly record struct Entry(int Lo, int Mid, int Hi, int Flags, decimal Score);
}
