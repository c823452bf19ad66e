using FsCheck.Xunit;
using NodaTime;
using PerfRules.Periods;

namespace PerfRules.Tests.Periods;

public class PerfPeriodProperties
{
    [Property]
    public bool Periods_of_a_cadence_tile_the_calendar_and_print_as_they_parse(byte cadenceIndex, short steps)
    {
        var cadence = (Cadence)(cadenceIndex % 5);
        var start = PerfPeriod.Day(new LocalDate(2000, 1, 1)).ContainingPeriod(cadence);
        var period = start.Next(steps);      // a few thousand periods either way stay inside years 0001-9999
        var next = period.Next();

        return period.Ordinal - start.Ordinal == steps
            && period.Previous(steps) == start
            && next.Start == period.End.PlusDays(1)  // no gap, no overlap
            && period.Start <= period.End
            && period < next
            && PerfPeriod.Parse(period.ToString()) == period;
    }

    [Property]
    public bool A_day_lies_in_each_period_it_rolls_up_into(int dayNumber)
    {
        var day = PerfPeriod.Day(LocalDate.FromDateOnly(DateOnly.FromDayNumber(Math.Abs(dayNumber % 3_000_000) + 1000)));

        return new[] { Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Year }
            .All(cadence => day.ContainingPeriod(cadence).Contains(day) && day.ContainingPeriod(cadence).Cadence == cadence);
    }
}
