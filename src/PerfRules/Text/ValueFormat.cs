using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PerfRules.Text;

/// <summary>How values are printed everywhere (outputs and explanations): invariant culture, never the machine's.</summary>
public static class ValueFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A score or award: exactly 2 decimals, such as <c>47.47</c>.</summary>
    public static string Score(decimal value) => value.ToString("0.00", Invariant);

    /// <summary>A multiplier or other number with its trailing zeros dropped: <c>3</c>, <c>1.5</c>, <c>0</c>.</summary>
    public static string Trimmed(decimal value) => value.ToString("0.############################", Invariant);

    /// <summary>A money amount with thousands separators and 2 decimals: <c>1,640,000.00</c>.</summary>
    public static string Money(decimal value) => value.ToString("#,##0.00", Invariant);

    /// <summary>A fraction as a percent: 0.6 is <c>60%</c>.</summary>
    public static string Percent(decimal fraction) => Trimmed(fraction * 100m) + "%";

    /// <summary>A date as <c>2025-07-14</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Any value as text: numbers trimmed, flags as true/false, dates ISO, missing as "missing".</summary>
    public static string Any(object? value, InputType? type = null) => value switch
    {
        null => "missing",
        decimal d when type == InputType.Money => Money(d),
        decimal d => Trimmed(d),
        bool b => b ? "true" : "false",
        LocalDate date => Date(date),
        string s => "\"" + s + "\"",
        _ => Convert.ToString(value, Invariant) ?? "",
    };
}
