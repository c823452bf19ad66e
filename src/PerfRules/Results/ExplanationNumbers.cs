using System.Globalization;
using NodaTime;
using PerfRules.Text;

namespace PerfRules.Results;

/// <summary>
/// How an explanation prints numbers. Exact values keep up to <see cref="Decimals"/> decimals; longer ones (a third,
/// a seventh) are cut there and end in "...", so that every digit shown is a true digit and the 2-decimal value a
/// person rounds from them is the one the plan showed. Money has thousands separators and at least 2 decimals;
/// a percent shows its fraction and, in brackets, its percent.
/// </summary>
internal static class ExplanationNumbers
{
    /// <summary>Most decimals shown of a number that has more.</summary>
    public const int Decimals = 6;

    private const string More = "...";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A number with up to 6 decimals: <c>73.249</c>, <c>0.311111...</c>.</summary>
    public static string Plain(decimal value) => Cut(value, Decimals, out var cut)
        ? cut.ToString("0.000000", Invariant) + More
        : ValueFormat.Trimmed(value);

    /// <summary>Money: <c>1,640,000.00</c>; more decimals only where the value has them.</summary>
    public static string Money(decimal value) => Cut(value, Decimals, out var cut)
        ? cut.ToString("#,##0.000000", Invariant) + More
        : value.ToString("#,##0.00####", Invariant);

    /// <summary>A fraction as a percent alone: 0.95 is <c>95%</c>, 1/3 is <c>33.33...%</c>.</summary>
    public static string PercentOnly(decimal fraction)
    {
        if (Runtime.Arithmetic.Multiply(fraction, 100m) is not { } percent) return Plain(fraction);
        return Cut(percent, 2, out var cut) ? cut.ToString("0.00", Invariant) + More + "%" : ValueFormat.Trimmed(percent) + "%";
    }

    /// <summary>A fraction with its percent: <c>0.95 (95%)</c>.</summary>
    public static string Percent(decimal fraction) => $"{Plain(fraction)} ({PercentOnly(fraction)})";

    /// <summary>A number as its unit is best read, in a line of its own.</summary>
    public static string Number(decimal value, DisplayUnit unit) => unit switch
    {
        DisplayUnit.Money => Money(value),
        DisplayUnit.Percent => Percent(value),
        DisplayUnit.Score => Shown(value),
        _ => Plain(value),
    };

    /// <summary>A number inside a formula: money with separators, a percent as a percent alone.</summary>
    public static string Term(decimal value, DisplayUnit unit) => unit switch
    {
        DisplayUnit.Money => Money(value),
        DisplayUnit.Percent => PercentOnly(value),
        DisplayUnit.Score => Shown(value),
        _ => Plain(value),
    };

    /// <summary>A threshold of a curve or line of the plan: money and percents as in <see cref="Term"/>.</summary>
    public static string Threshold(decimal value, DisplayUnit unit) => Term(value, unit);

    /// <summary>A value of any type; texts quoted, flags true/false, dates ISO, missing as "missing".</summary>
    public static string Any(object? value, DisplayUnit unit, bool inFormula) => value switch
    {
        null => "missing",
        decimal d => inFormula ? Term(d, unit) : Number(d, unit),
        bool b => b ? "true" : "false",
        LocalDate date => ValueFormat.Date(date),
        string s => "\"" + s + "\"",
        _ => Convert.ToString(value, Invariant) ?? "",
    };

    /// <summary>A score as shown: 2 decimals.</summary>
    public static string Shown(decimal value) => ValueFormat.Score(value);

    /// <summary>Whether <paramref name="value"/> has more than <paramref name="decimals"/> decimals; if so, the value cut there.</summary>
    private static bool Cut(decimal value, int decimals, out decimal cut)
    {
        cut = Math.Round(value, decimals, MidpointRounding.ToZero);
        return cut != value;
    }
}
