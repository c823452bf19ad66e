using System.Runtime.CompilerServices;
using NodaTime;

namespace PerfRules.Runtime;

/// <summary>
/// Flags and comparisons called by generated code (spec sections 5 and 11): a comparison with a missing value is
/// false; <c>not</c> of a missing flag is missing; <c>and</c> and <c>or</c> treat a missing flag as false.
/// </summary>
internal static class Logic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Not(bool? a) => a is { } x ? !x : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? And(bool? a, bool? b) => a == true && b == true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Or(bool? a, bool? b) => a == true || b == true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(decimal? a, decimal? b) => a is { } x && b is { } y && x < y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(decimal? a, decimal? b) => a is { } x && b is { } y && x <= y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(decimal? a, decimal? b) => a is { } x && b is { } y && x > y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(decimal? a, decimal? b) => a is { } x && b is { } y && x >= y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(decimal? a, decimal? b) => a is { } x && b is { } y && x == y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(decimal? a, decimal? b) => a is { } x && b is { } y && x != y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(bool? a, bool? b) => a is { } x && b is { } y && x == y;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(bool? a, bool? b) => a is { } x && b is { } y && x != y;

    public static bool? Equal(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.Ordinal);
    public static bool? NotEqual(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal);

    public static bool? Less(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x < y;
    public static bool? LessOrEqual(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x <= y;
    public static bool? Greater(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x > y;
    public static bool? GreaterOrEqual(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x >= y;
    public static bool? Equal(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x == y;
    public static bool? NotEqual(LocalDate? a, LocalDate? b) => a is { } x && b is { } y && x != y;

    /// <summary>The earlier of two dates, ignoring a missing one.</summary>
    public static LocalDate? Min(LocalDate? a, LocalDate? b) =>
        a is not { } x ? b : b is not { } y ? a : (y < x ? y : x);

    /// <summary>The later of two dates, ignoring a missing one.</summary>
    public static LocalDate? Max(LocalDate? a, LocalDate? b) =>
        a is not { } x ? b : b is not { } y ? a : (y > x ? y : x);

    /// <summary><c>days_between(a, b)</c>: days from a to b, negative when b is earlier.</summary>
    public static decimal? DaysBetween(LocalDate? a, LocalDate? b) =>
        a is { } x && b is { } y ? Period.Between(x, y, PeriodUnits.Days).Days : null;

    /// <summary><c>months_between(a, b)</c>: NodaTime's whole months from a to b (spec 12.7).</summary>
    public static decimal? MonthsBetween(LocalDate? a, LocalDate? b) =>
        a is { } x && b is { } y ? Period.Between(x, y, PeriodUnits.Months).Months : null;

    /// <summary><c>top(P)</c>: (rank - 1) / group_size &lt; P, in decimal.</summary>
    public static bool? Top(decimal? rank, decimal? groupSize, decimal share)
    {
        if (rank is not { } r || groupSize is not { } n || n == 0m) return false;
        return (r - 1m) / n < share;
    }
}
