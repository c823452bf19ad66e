using NodaTime;

namespace PerfRules.Runtime;

/// <summary>Turns flag and date rank keys into sortable decimals (spec section 11: false before true for asc).</summary>
internal static class RankKeyConversions
{
    private static readonly LocalDate Epoch = new(1, 1, 1);

    public static decimal? FromFlag(bool? flag) => flag is { } f ? (f ? 1m : 0m) : null;

    public static decimal? FromDate(LocalDate? date) => date is { } d ? Period.Between(Epoch, d, PeriodUnits.Days).Days : null;
}
