using NodaTime;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Runtime;

/// <summary>Turns flag and date rank keys into sortable decimals (spec section 11: false before true for asc), and back for display.</summary>
internal static class RankKeyConversions
{
    private static readonly LocalDate Epoch = new(1, 1, 1);

    public static decimal? FromFlag(bool? flag) => flag is { } f ? (f ? 1m : 0m) : null;

    public static decimal? FromDate(LocalDate? date) => date is { } d ? Period.Between(Epoch, d, PeriodUnits.Days).Days : null;

    /// <summary>The key's value as its own type again (a date, a flag or a number), for explanations; null when missing.</summary>
    public static object? ToValue(decimal? sortable, ValueType type) => sortable is not { } value
        ? null
        : type switch
        {
            ValueType.Flag => value == 1m,
            ValueType.Date => Epoch.PlusDays((int)value),
            _ => value,
        };
}
