namespace PerfRules.Runtime;

/// <summary>
/// Number operations called by generated code. Missing in gives missing out; a division by zero or an overflow gives
/// missing (spec section 5), never an exception. Results are System.Decimal's, which rounds halves to even at its
/// last digit (spec section 11).
/// </summary>
internal static class Arithmetic
{
    public static decimal? Add(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y) return null;
        try { return x + y; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Subtract(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y) return null;
        try { return x - y; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Multiply(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y) return null;
        try { return x * y; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Divide(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y || y == 0m) return null;
        try { return x / y; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Negate(decimal? a) => a is { } x ? -x : null;

    public static decimal? Abs(decimal? a) => a is { } x ? Math.Abs(x) : null;

    /// <summary>The smaller of two values, ignoring a missing one; missing only when both are.</summary>
    public static decimal? Min(decimal? a, decimal? b) =>
        a is not { } x ? b : b is not { } y ? a : (y < x ? y : x);

    /// <summary>The larger of two values, ignoring a missing one; missing only when both are.</summary>
    public static decimal? Max(decimal? a, decimal? b) =>
        a is not { } x ? b : b is not { } y ? a : (y > x ? y : x);

    /// <summary><c>round(x, n)</c>: halves away from zero; n must be a whole number from 0 to 28, else missing.</summary>
    public static decimal? Round(decimal? value, decimal? decimals)
    {
        if (value is not { } x || decimals is not { } n || n != decimal.Truncate(n) || n < 0 || n > 28) return null;
        return Math.Round(x, (int)n, MidpointRounding.AwayFromZero);
    }

    /// <summary><c>clamp(x, lo, hi)</c>: lo when x is below lo, else hi when x is above hi, else x.</summary>
    public static decimal? Clamp(decimal? value, decimal? low, decimal? high)
    {
        if (value is not { } x || low is not { } lo || high is not { } hi) return null;
        return x < lo ? lo : x > hi ? hi : x;
    }

    /// <summary>A shown value: the exact value rounded to 2 decimals, halves away from zero (spec section 4).</summary>
    /// Adding 0.00 gives every shown value exactly two decimals (100.00, not 100), so hosts print it as shown.
    public static decimal? Shown(decimal? exact) => exact is { } x ? Shown(x) : null;

    /// <summary>The shown value of a value that is there; the addition is skipped where it would change nothing.</summary>
    public static decimal Shown(decimal exact)
    {
        var rounded = Math.Round(exact, 2, MidpointRounding.AwayFromZero);
        return rounded.Scale == 2 && rounded != 0m ? rounded : rounded + 0.00m;
    }

    /// <summary>
    /// sum + term, where a sum of nothing yet is 0. Adding a term that is not zero to 0 gives the term itself, digit
    /// for digit and with its own scale, so the first term is taken as it is: this saves a rescaling addition per
    /// dimension and per row. A zero term still goes through the addition, which decides the zero's sign and scale.
    /// </summary>
    public static decimal AddTerm(decimal sum, bool hasTerms, decimal term) =>
        hasTerms ? sum + term : term != 0m ? term : 0m + term;

    /// <summary>A score clamped into [0, 100].</summary>
    public static decimal ClampScore(decimal score) => score < 0m ? 0m : score > 100m ? 100m : score;
}
