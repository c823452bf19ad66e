using System.Globalization;

namespace PerfRules.Binding;

/// <summary>Numbers as messages print them: invariant, trailing zeros dropped (90%, 99.5%).</summary>
internal static class NumberText
{
    private const string PlainFormat = "0.############################";

    public static string Plain(decimal value) => value.ToString(PlainFormat, CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percent: 0.995 is "99.5%".</summary>
    public static string Percent(decimal fraction) =>
        Math.Abs(fraction) <= decimal.MaxValue / 100m ? Plain(fraction * 100m) + "%" : "far more than 100%";

    /// <summary>The sum of <paramref name="values"/>, or null when it is beyond what a decimal holds.</summary>
    public static decimal? Sum(IEnumerable<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            if ((value > 0m && sum > decimal.MaxValue - value) || (value < 0m && sum < decimal.MinValue - value)) return null;
            sum += value;
        }

        return sum;
    }
}
