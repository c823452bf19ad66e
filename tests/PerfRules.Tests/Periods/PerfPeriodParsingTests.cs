using NodaTime;
using PerfRules.Periods;

namespace PerfRules.Tests.Periods;

public class PerfPeriodParsingTests
{
    [Theory]
    [InlineData("2025-07-14", Cadence.Day, "2025-07-14", "2025-07-14")]
    [InlineData("2024-02-29", Cadence.Day, "2024-02-29", "2024-02-29")]
    [InlineData("2025-W07", Cadence.Week, "2025-02-10", "2025-02-16")] // week 1 starts Monday 2024-12-30; + 6 weeks
    [InlineData("2025-W01", Cadence.Week, "2024-12-30", "2025-01-05")]
    [InlineData("2020-W53", Cadence.Week, "2020-12-28", "2021-01-03")] // 2020 began on a Wednesday of a leap year: 53 weeks
    [InlineData("2025-07", Cadence.Month, "2025-07-01", "2025-07-31")]
    [InlineData("2024-02", Cadence.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", Cadence.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2025-Q3", Cadence.Quarter, "2025-07-01", "2025-09-30")]
    [InlineData("2025-Q1", Cadence.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("2025", Cadence.Year, "2025-01-01", "2025-12-31")]
    [InlineData("0001", Cadence.Year, "0001-01-01", "0001-12-31")]
    [InlineData("9999", Cadence.Year, "9999-01-01", "9999-12-31")]
    [InlineData("9999-12-31", Cadence.Day, "9999-12-31", "9999-12-31")]
    [InlineData("9999-W51", Cadence.Week, "9999-12-20", "9999-12-26")]
    [InlineData("0001-W01", Cadence.Week, "0001-01-01", "0001-01-07")]
    public void Parses_every_cadence_and_prints_it_back(string text, Cadence cadence, string start, string end)
    {
        var period = PerfPeriod.Parse(text);

        Assert.Equal(cadence, period.Cadence);
        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.Equal(text, period.ToString());
        Assert.True(PerfPeriod.TryParse(text, out var again));
        Assert.Equal(period, again);
    }

    [Theory]
    [InlineData("", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData(" 2025", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("2025 ", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("25", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("02025", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("+2025", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("2025-7", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("2025/07", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("2025-W7", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("2025-07-1", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("２０２５", "write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("0000", "the year must be 0001 to 9999")]
    [InlineData("0000-01", "the year must be 0001 to 9999")]
    [InlineData("2025-13", "there is no month 13")]
    [InlineData("2025-00", "there is no month 00")]
    [InlineData("2025-Q5", "there is no quarter Q5")]
    [InlineData("2025-Q0", "there is no quarter Q0")]
    [InlineData("2025-q3", "write 'Q' and 'W' in uppercase")]
    [InlineData("2025-w07", "write 'Q' and 'W' in uppercase")]
    [InlineData("2025-W53", "2025 has 52 ISO weeks")]
    [InlineData("2025-W00", "there is no week 00")]
    [InlineData("2020-W54", "there is no week 54")]
    [InlineData("9999-W52", "the week ends after 9999-12-31")]
    [InlineData("2025-02-29", "2025-02 has 28 days")]
    [InlineData("2025-04-31", "2025-04 has 30 days")]
    [InlineData("2025-01-00", "there is no day 00")]
    [InlineData("2025-13-01", "there is no month 13")]
    public void Refuses_texts_that_are_not_periods_and_says_why(string text, string reason)
    {
        Assert.False(PerfPeriod.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PerfPeriod.Parse(text));
        Assert.Equal($"'{text}' is not a period: {reason}.", error.Message);
    }

    [Fact]
    public void Null_text_is_not_a_period()
    {
        Assert.False(PerfPeriod.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => PerfPeriod.Parse(null!));
    }

    [Fact]
    public void Factories_make_the_periods_the_texts_name()
    {
        Assert.Equal(PerfPeriod.Parse("2025-07-14"), PerfPeriod.Day(new LocalDate(2025, 7, 14)));
        Assert.Equal(PerfPeriod.Parse("2025-W07"), PerfPeriod.Week(2025, 7));
        Assert.Equal(PerfPeriod.Parse("2025-07"), PerfPeriod.Month(2025, 7));
        Assert.Equal(PerfPeriod.Parse("2025-Q3"), PerfPeriod.Quarter(2025, 3));
        Assert.Equal(PerfPeriod.Parse("2025"), PerfPeriod.Year(2025));
    }

    [Fact]
    public void Factories_refuse_periods_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Week(2025, 53));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Week(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Month(2025, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Month(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Quarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Year(10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Day(new LocalDate(0, 12, 31)));
    }

    [Fact]
    public void A_day_of_another_calendar_becomes_its_iso_day()
    {
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian); // 13 days behind the ISO calendar

        Assert.Equal("2025-07-14", PerfPeriod.Day(julian).ToString());
    }

    [Fact]
    public void The_default_period_is_the_first_day_of_year_one()
    {
        Assert.Equal("0001-01-01", default(PerfPeriod).ToString());
        Assert.Equal(Cadence.Day, default(PerfPeriod).Cadence);
    }

    [Fact]
    public void Text_is_the_same_under_any_culture()
    {
        var texts = Data.DataTesting.UnderCulture("ar-SA", () =>
            new[] { "2025-07-14", "2025-W07", "2025-07", "2025-Q3", "2025" }.Select(t => PerfPeriod.Parse(t).ToString()).ToArray());

        Assert.Equal(["2025-07-14", "2025-W07", "2025-07", "2025-Q3", "2025"], texts);
    }

    private static LocalDate Date(string text) => PerfPeriod.Parse(text).Start;
}
