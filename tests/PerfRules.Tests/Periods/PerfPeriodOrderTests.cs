using PerfRules.Periods;

namespace PerfRules.Tests.Periods;

public class PerfPeriodOrderTests
{
    [Theory]
    [InlineData("2025-12", "2026-01")]
    [InlineData("2025-Q4", "2026-Q1")]
    [InlineData("2024-W52", "2025-W01")]
    [InlineData("2020-W52", "2020-W53")]
    [InlineData("2020-W53", "2021-W01")]
    [InlineData("2024-12-31", "2025-01-01")]
    [InlineData("2024-02-28", "2024-02-29")]
    [InlineData("2024-02-29", "2024-03-01")]
    [InlineData("2024", "2025")]
    public void Next_and_previous_cross_year_ends(string earlier, string later)
    {
        Assert.Equal(later, PerfPeriod.Parse(earlier).Next().ToString());
        Assert.Equal(earlier, PerfPeriod.Parse(later).Previous().ToString());
        Assert.Equal(1, PerfPeriod.Parse(later).Ordinal - PerfPeriod.Parse(earlier).Ordinal);
    }

    [Theory]
    [InlineData("2024-11", "2025-03", 4)]
    [InlineData("2023-Q2", "2025-Q1", 7)]
    [InlineData("2020-W52", "2021-W01", 2)] // 2020-W53 lies between
    [InlineData("2024-W52", "2025-W01", 1)] // 2024 has 52 weeks
    [InlineData("2024-01-01", "2025-01-01", 366)]
    [InlineData("2019", "2025", 6)]
    public void Ordinals_count_the_periods_between(string earlier, string later, int periods)
    {
        var from = PerfPeriod.Parse(earlier);
        var to = PerfPeriod.Parse(later);

        Assert.Equal(periods, to.Ordinal - from.Ordinal);
        Assert.Equal(to, from.Next(periods));
        Assert.Equal(from, to.Previous(periods));
        Assert.Equal(to, from.Previous(-periods));
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("0001-01")]
    [InlineData("0001-Q1")]
    [InlineData("0001-W01")]
    [InlineData("0001-01-01")]
    public void The_first_period_has_no_previous(string text)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Parse(text).Previous());
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-12")]
    [InlineData("9999-Q4")]
    [InlineData("9999-W51")]
    [InlineData("9999-12-31")]
    public void The_last_period_has_no_next(string text)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerfPeriod.Parse(text).Next());
    }

    [Fact]
    public void Periods_order_by_first_day_then_finer_first()
    {
        var periods = new[] { "2025", "2025-Q1", "2025-01-01", "2025-W01", "2025-01", "2024-12-30", "2024-Q4" }
            .Select(PerfPeriod.Parse).ToList();

        periods.Sort();

        Assert.Equal(["2024-Q4", "2024-12-30", "2025-W01", "2025-01-01", "2025-01", "2025-Q1", "2025"], periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Comparison_operators_follow_the_order()
    {
        var q1 = PerfPeriod.Parse("2025-Q1");
        var jan = PerfPeriod.Parse("2025-01");
        var q2 = PerfPeriod.Parse("2025-Q2");
        var q1Again = PerfPeriod.Quarter(2025, 1);

        Assert.True(jan < q1 && q1 < q2 && q2 > q1 && q1 >= jan && q1 <= q1Again && q1 >= q1Again);
        Assert.False(q1 < jan || q2 <= q1);
        Assert.True(q1 == PerfPeriod.Quarter(2025, 1) && q1 != q2 && q1 != jan);
    }

    [Fact]
    public void Equal_periods_have_equal_hash_codes_and_are_found_in_sets()
    {
        var set = new HashSet<PerfPeriod> { PerfPeriod.Parse("2025-Q1"), PerfPeriod.Parse("2025-01") };

        Assert.Contains(PerfPeriod.Quarter(2025, 1), set);
        Assert.Contains(PerfPeriod.Month(2025, 1), set);
        Assert.DoesNotContain(PerfPeriod.Parse("2025-01-01"), set); // same first day, another cadence
        Assert.Equal(PerfPeriod.Parse("2025-W07").GetHashCode(), PerfPeriod.Week(2025, 7).GetHashCode());
        Assert.False(PerfPeriod.Parse("2025").Equals((object)"2025"));
    }
}
