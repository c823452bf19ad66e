using PerfRules.Runtime;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// A curve memo gives back a score only for a value with exactly the bits it was remembered for (digits, scale and
/// sign), stops looking where values do not repeat, and is not used at all for a call over few rows.
/// </summary>
public class CurveMemoTests
{
    private const int ManyRows = 1_000_000; // 4,096 places
    [Fact]
    public void A_remembered_value_gives_its_score_back_and_a_new_one_gives_nothing()
    {
        var memo = new CurveMemo(ManyRows);
        Assert.False(memo.TryGet(7m, out _));
        Assert.Equal(23.33m, memo.Remember(23.33m));

        Assert.True(memo.TryGet(7m, out var score));
        Assert.Equal(23.33m, score);
        Assert.False(memo.TryGet(8m, out _));
    }

    [Fact]
    public void Equal_values_of_another_scale_or_sign_are_other_values()
    {
        // 7 and 7.0 score 23.333... and 23.3333... to different scales; 0 and -0.0 are equal but not the same bits.
        var memo = new CurveMemo(ManyRows);
        foreach (var value in new[] { 7m, 0m })
        {
            Assert.False(memo.TryGet(value, out _));
            memo.Remember(1m);
        }

        Assert.False(memo.TryGet(7.0m, out _));
        Assert.False(memo.TryGet(-0.0m, out _));
        Assert.False(memo.TryGet(-7m, out _));
        Assert.True(memo.TryGet(0m, out var zero));
        Assert.Equal(1m, zero);
    }

    [Fact]
    public void A_value_that_takes_a_held_place_replaces_the_one_there_and_each_gives_only_its_own_score()
    {
        // 2,000 values in 1,024 places (16,384 rows): some share a place. Whatever a lookup finds is the score of that
        // very value.
        var memo = new CurveMemo(16_384);
        for (var round = 0; round < 2; round++)
            for (var i = 0; i < 2_000; i++)
            {
                var value = i * 1.5m;
                if (memo.TryGet(value, out var score)) Assert.Equal(value * 2, score);
                else memo.Remember(value * 2);
            }
    }

    [Fact]
    public void After_4096_lookups_with_fewer_than_one_hit_in_eight_it_stops_looking_and_keeping()
    {
        var memo = new CurveMemo(ManyRows);
        for (var i = 0; i < 4_096; i++)
        {
            Assert.False(memo.TryGet(i + 0.01m, out _));
            memo.Remember(i);
        }

        // Every value was kept until then, but the memo no longer looks, nor keeps.
        Assert.False(memo.TryGet(0.01m, out _));
        memo.Remember(5m);
        Assert.False(memo.TryGet(0.01m, out _));
    }

    [Fact]
    public void A_call_over_fewer_than_1024_rows_keeps_nothing()
    {
        var memo = new CurveMemo(1_023);
        Assert.False(memo.TryGet(7m, out _));
        Assert.Equal(2m, memo.Remember(2m));
        Assert.False(memo.TryGet(7m, out _));

        var large = new CurveMemo(1_024);
        large.TryGet(7m, out _);
        large.Remember(2m);
        Assert.True(large.TryGet(7m, out _));
    }

    [Fact]
    public void Where_values_repeat_it_keeps_looking_after_the_trial()
    {
        var memo = new CurveMemo(ManyRows);
        for (var i = 0; i < 5_000; i++)
            if (!memo.TryGet(i % 10, out _)) memo.Remember(i % 10 * 3m);

        Assert.True(memo.TryGet(4m, out var score));
        Assert.Equal(12m, score);
    }
}
