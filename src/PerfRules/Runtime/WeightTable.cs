namespace PerfRules.Runtime;

/// <summary>
/// The weights of a dimension's KPIs (or a profile's dimensions) and, for every choice of which are left out, the
/// sum of the weights left in, added in file order from 0 exactly as a row would add them (spec section 11). A row
/// that leaves some out divides by one of these sums instead of adding the weights again.
/// </summary>
internal sealed class WeightTable
{
    // Up to 10 weights the sums for every choice are worked out ahead (at most 1,024 of them); beyond, per row.
    private const int MostTabulated = 10;

    private readonly decimal[] _weights;
    private readonly decimal[]? _leftIn;

    public WeightTable(IEnumerable<decimal> weights)
    {
        _weights = [.. weights];
        if (_weights.Length > MostTabulated) return;
        try
        {
            var leftIn = new decimal[1 << _weights.Length];
            for (var leftOut = 0; leftOut < leftIn.Length; leftOut++) leftIn[leftOut] = Add(leftOut);
            _leftIn = leftIn;
        }
        catch (OverflowException)
        {
            _leftIn = null;
        }
    }

    /// <summary>The bit of the weight at <paramref name="index"/> in a set of weights left out; beyond 31, none.</summary>
    public static int Bit(int index) => index < 31 ? 1 << index : 0;

    /// <summary>Whether every weight has its own bit, so that <see cref="LeftIn"/> can be asked.</summary>
    public bool HasBits => _weights.Length <= 31;

    /// <summary>The sum of the weights left in, in file order, given the bits of those left out.</summary>
    public decimal LeftIn(int leftOut) =>
        _leftIn is { } known && leftOut < known.Length ? known[leftOut] : Add(leftOut);

    private decimal Add(int leftOut)
    {
        var sum = 0m;
        for (var i = 0; i < _weights.Length; i++)
            if ((leftOut & Bit(i)) == 0) sum += _weights[i];
        return sum;
    }
}
