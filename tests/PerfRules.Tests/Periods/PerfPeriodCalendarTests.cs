using NodaTime;
using NodaTime.Calendars;
using PerfRules.Periods;

namespace PerfRules.Tests.Periods;

public class PerfPeriodCalendarTests
{
    [Theory]
    [InlineData("2024-12-30", "2025-W01")] // a Monday in December whose Thursday is in 2025
    [InlineData("2021-01-03", "2020-W53")] // a Sunday in January still in the last week of 2020
    [InlineData("2021-01-04", "2021-W01")]
    [InlineData("2025-07-14", "2025-W29")]
    [InlineData("2026-12-31", "2026-W53")] // 2026 begins on a Thursday: 53 weeks
    public void A_day_rolls_up_into_its_iso_week(string day, string week)
    {
        Assert.Equal(week, PerfPeriod.Parse(day).ContainingPeriod(Cadence.Week).ToString());
    }

    [Fact]
    public void Every_day_of_fifteen_years_lands_in_the_week_nodatime_gives_it()
    {
        for (var date = new LocalDate(2015, 1, 1); date.Year < 2030; date = date.PlusDays(1))
        {
            var week = PerfPeriod.Day(date).ContainingPeriod(Cadence.Week);
            Assert.Equal(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekYear(week.Start));
            Assert.Equal(WeekYearRules.Iso.GetWeekOfWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(week.Start));
            Assert.Equal(IsoDayOfWeek.Monday, week.Start.DayOfWeek);
            Assert.True(week.Contains(PerfPeriod.Day(date)));
        }
    }

    [Theory]
    [InlineData("2025-08-15", Cadence.Month, "2025-08")]
    [InlineData("2025-08-15", Cadence.Quarter, "2025-Q3")]
    [InlineData("2025-08-15", Cadence.Year, "2025")]
    [InlineData("2025-08-15", Cadence.Day, "2025-08-15")]
    [InlineData("2025-08", Cadence.Quarter, "2025-Q3")]
    [InlineData("2025-12", Cadence.Year, "2025")]
    [InlineData("2025-Q4", Cadence.Year, "2025")]
    [InlineData("2025-W07", Cadence.Week, "2025-W07")]
    [InlineData("2025", Cadence.Year, "2025")]
    public void A_period_rolls_up_into_the_coarser_period_that_holds_it(string text, Cadence cadence, string expected)
    {
        Assert.Equal(expected, PerfPeriod.Parse(text).ContainingPeriod(cadence).ToString());
    }

    [Theory]
    [InlineData("2025-W07", Cadence.Month)]
    [InlineData("2025-W07", Cadence.Quarter)]
    [InlineData("2025-W07", Cadence.Year)]
    [InlineData("2025-W07", Cadence.Day)]
    [InlineData("2025-07", Cadence.Week)]
    [InlineData("2025-07", Cadence.Day)]
    [InlineData("2025-Q3", Cadence.Month)]
    [InlineData("2025", Cadence.Quarter)]
    [InlineData("9999-12-30", Cadence.Week)] // its week would end in the year 10000
    public void A_period_that_does_not_roll_up_has_no_containing_period(string text, Cadence cadence)
    {
        Assert.Throws<InvalidOperationException>(() => PerfPeriod.Parse(text).ContainingPeriod(cadence));
    }

    [Theory]
    // from \ into:   Day    Week   Month  Quarter Year
    [InlineData(Cadence.Day, true, true, true, true, true)]
    [InlineData(Cadence.Week, false, true, false, false, false)]
    [InlineData(Cadence.Month, false, false, true, true, true)]
    [InlineData(Cadence.Quarter, false, false, false, true, true)]
    [InlineData(Cadence.Year, false, false, false, false, true)]
    public void Finer_periods_roll_up_into_coarser_ones_except_weeks(Cadence from, bool day, bool week, bool month, bool quarter, bool year)
    {
        var period = Sample(from);
        Assert.Equal(
            [day, week, month, quarter, year],
            new[] { Cadence.Day, Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Year }.Select(period.CanRollUpInto).ToArray());
    }

    [Theory]
    [InlineData("2025-Q3", "2025-08", true)]
    [InlineData("2025-Q3", "2025-08-15", true)]
    [InlineData("2025-Q3", "2025-Q3", true)]
    [InlineData("2025-Q3", "2025-10", false)]
    [InlineData("2025-Q3", "2025", false)]
    [InlineData("2025", "2025-W02", true)]   // 2025-01-06 to 2025-01-12 lie inside 2025
    [InlineData("2025", "2025-W01", false)]  // starts on 2024-12-30
    [InlineData("2025-01", "2025-W01", false)]
    [InlineData("2025-W01", "2024-12-30", true)]
    [InlineData("2025-W01", "2025-01-06", false)]
    public void Contains_holds_when_every_day_of_the_other_period_lies_inside(string outer, string inner, bool expected)
    {
        Assert.Equal(expected, PerfPeriod.Parse(outer).Contains(PerfPeriod.Parse(inner)));
    }

    private static PerfPeriod Sample(Cadence cadence) => cadence switch
    {
        Cadence.Day => PerfPeriod.Parse("2025-08-15"),
        Cadence.Week => PerfPeriod.Parse("2025-W33"),
        Cadence.Month => PerfPeriod.Parse("2025-08"),
        Cadence.Quarter => PerfPeriod.Parse("2025-Q3"),
        _ => PerfPeriod.Parse("2025"),
    };
}
