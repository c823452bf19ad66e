using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Runtime;
using PerfRules.Tests.Properties;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Packed rank keys order rows exactly as the row comparer does (band, then each key, a missing key last in either
/// direction, equal values of different scales equal), and where they cannot be exact there are none.
/// </summary>
public class PackedRankKeysTests
{
    public sealed record KeyColumnsCase(byte[] Bands, decimal?[][] Keys, bool[] Descending)
    {
        internal RankKeyColumns Columns() =>
            new([.. Keys.Select(_ => false)], [.. Descending], Bands.Length, [.. Keys]);

        public override string ToString() =>
            $"bands {string.Join(" ", Bands)}\n" + string.Join("\n", Keys.Select((k, i) =>
                (Descending[i] ? "desc: " : "asc: ") + string.Join(" ", k.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"))));
    }

    // Values of scales 0 to 3, written with and without trailing zeros, negatives, ties and missing ones; now and then
    // one of up to 2^61 (whose low 64 bits use the top bits of decimal's parts), which may leave a case unpackable.
    private static readonly Gen<decimal?> Value =
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (1, from high in Gen.Choose(-(1 << 30), 1 << 30)
                from low in Gen.Choose(0, int.MaxValue)
                select (decimal?)(((long)high << 31) + low)),
            (5, from whole in Gen.Choose(-60, 60)
                from scale in Gen.Choose(0, 3)
                from padded in Gen.Elements(false, true)
                select (decimal?)(padded ? whole / Power(scale) + 0.000m : whole / Power(scale))));

    private static readonly Gen<KeyColumnsCase> Cases =
        from rows in Gen.Choose(1, 30)
        from keyCount in Gen.Choose(1, 3)
        from bands in Gen.Choose(0, 2).Select(b => (byte)b).ArrayOf(rows)
        from keys in Value.ArrayOf(rows).ArrayOf(keyCount)
        from directions in Gen.Elements(false, true).ArrayOf(keyCount)
        select new KeyColumnsCase(bands, keys, directions);

    [ScaledProperty(300)]
    public Property Packed_keys_order_every_pair_of_rows_as_the_row_comparer_does() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var columns = c.Columns();
            var rows = Enumerable.Range(0, c.Bands.Length).ToArray();
            var packed = PackedRankKeys.TryPack(c.Bands, columns, rows);
            if (packed is null)
            {
                // Only a large value can need more bits than there are: small ones always pack.
                Assert.Contains(c.Keys.SelectMany(k => k), v => v is { } x && Math.Abs(x) > 1_000m);
                return;
            }

            foreach (var a in rows)
            foreach (var b in rows)
                Assert.Equal(Math.Sign(Compare(c, columns, a, b)), Math.Sign(packed[a].CompareTo(packed[b])));
        });

    [Fact]
    public void The_key_of_each_row_is_placed_where_the_row_is_in_the_given_order()
    {
        var c = new KeyColumnsCase([0, 0, 0], [[3m, 1m, 2m]], [false]);
        var packed = PackedRankKeys.TryPack(c.Bands, c.Columns(), [2, 0, 1])!;

        // Rows 2, 0, 1 hold 2, 3, 1: the keys in that order are 1, 2, 0 distances from the smallest value.
        Assert.Equal([1UL, 2UL, 0UL], packed);
    }

    [Fact]
    public void Equal_values_written_with_different_scales_get_one_key_and_a_missing_key_comes_last_in_both_directions()
    {
        foreach (var descending in new[] { false, true })
        {
            var c = new KeyColumnsCase([0, 0, 0, 0], [[1.5m, null, 1.50m, 1.05m]], [descending]);
            var packed = PackedRankKeys.TryPack(c.Bands, c.Columns(), [0, 1, 2, 3])!;

            Assert.Equal(packed[0], packed[2]);
            Assert.True(packed[1] > packed[0] && packed[1] > packed[3]);
            Assert.Equal(descending, packed[0] < packed[3]);
        }
    }

    [Fact]
    public void A_band_outranks_every_key()
    {
        var c = new KeyColumnsCase([1, 0], [[100m, -100m]], [true]);
        var packed = PackedRankKeys.TryPack(c.Bands, c.Columns(), [0, 1])!;

        Assert.True(packed[1] < packed[0]);
    }

    [Fact]
    public void A_column_without_a_value_takes_no_bits_and_leaves_the_order_to_the_other_keys()
    {
        var c = new KeyColumnsCase([0, 0, 0], [[null, null, null], [2m, 1m, 2m]], [false, true]);
        var packed = PackedRankKeys.TryPack(c.Bands, c.Columns(), [0, 1, 2])!;

        Assert.Equal([0UL, 1UL, 0UL], packed);
    }

    public static TheoryData<string, decimal?[][]> Unpackable => new()
    {
        // 2^62 is one past the largest whole number a key may be.
        { "a value of 2^62", [[4_611_686_018_427_387_904m, 0m]] },
        { "a value below -2^62", [[-4_611_686_018_427_387_905m, 0m]] },
        // 1 at scale 28 next to 10: 10 x 10^28 is no long.
        { "scales 0 and 28 in one column", [[10m, 0.0000000000000000000000000001m]] },
        // Each key spans 2^40 and needs 41 bits: two of them and the band need 84.
        { "keys that need more than 64 bits together", [[0m, 1_099_511_627_776m], [0m, 1_099_511_627_776m]] },
    };

    [Theory]
    [MemberData(nameof(Unpackable))]
    public void Keys_that_cannot_be_packed_exactly_are_not_packed(string what, decimal?[][] keys)
    {
        var c = new KeyColumnsCase(new byte[keys[0].Length], keys, [.. keys.Select(_ => false)]);
        Assert.True(PackedRankKeys.TryPack(c.Bands, c.Columns(), [.. Enumerable.Range(0, c.Bands.Length)]) is null, what);
    }

    [Fact]
    public void A_text_key_is_not_packed()
    {
        var columns = new RankKeyColumns([false, true], [false, false], 2, [new decimal?[] { 1m, 2m }, null]);
        Assert.Null(PackedRankKeys.TryPack([0, 0], columns, [0, 1]));
    }

    [Fact]
    public void The_largest_whole_numbers_that_fit_are_packed_in_order()
    {
        // 2^62 - 1 and 3 below it: a span of 3 takes 3 bits, however large the values.
        var c = new KeyColumnsCase([0, 0], [[4_611_686_018_427_387_903m, 4_611_686_018_427_387_900m]], [false]);
        var packed = PackedRankKeys.TryPack(c.Bands, c.Columns(), [0, 1])!;

        Assert.True(packed[1] < packed[0]);
    }

    [Fact]
    public void Ranking_with_packed_keys_gives_every_row_the_rank_and_group_size_the_row_comparer_gives()
    {
        // 600 employees in 7 teams, scores from 11 values of v (ties), revenue from 5 (ties within ties), a veto on
        // every 13th and a missing score (v empty, missing skip) on every 17th: every band and many shared ranks.
        var plan = PlanRunner.Compile("""
            period month
            input v       number optional
            input revenue number
            input team    text
            dimension d weight 100% { kpi v weight 100% linear from 0 to 10 missing skip }
            veto revenue < 0 "negative revenue"
            rank by score desc, revenue asc within team
            """);
        var csv = "employee,period,v,revenue,team\n" + string.Concat(Enumerable.Range(0, 600).Select(i =>
            $"e{i:D3},2025-07,{(i % 17 == 0 ? "" : (i % 11).ToString(System.Globalization.CultureInfo.InvariantCulture))},{(i % 13 == 0 ? -1 : i % 5 * 100)},t{i % 7}\n"));
        var snapshot = plan.ReadCsv(new StringReader(csv), "data.csv").Periods[^1];
        var compiled = plan.Compiled;
        var frame = PlanEvaluator.Evaluate(compiled, snapshot, new HistoryIndex(), EvaluationOptions.Default);
        var (packedRanks, packedSizes) = ((int[])frame.Ranks[0].Clone(), (int[])frame.GroupSizes[0].Clone());
        Assert.NotNull(PackedRankKeys.TryPack(new byte[600], frame.RankKeys[0], [.. Enumerable.Range(0, 600)]));

        Ranking.Rank(frame, 0, frame.Texts[compiled.Rankings[0].WithinSlot], compiled.Layout.TotalScoreSlot, 1, packKeys: false);

        Assert.Equal(frame.Ranks[0], packedRanks);
        Assert.Equal(frame.GroupSizes[0], packedSizes);
        Assert.Contains(packedRanks.GroupBy(r => r), g => g.Count() > 7); // ties across the teams' ranks
    }

    // What Ranking's row comparer does: the band first, then each key in turn.
    private static int Compare(KeyColumnsCase c, RankKeyColumns columns, int a, int b)
    {
        var band = c.Bands[a].CompareTo(c.Bands[b]);
        if (band != 0) return band;
        for (var k = 0; k < columns.KeyCount; k++)
        {
            var order = columns.Compare(k, a, b);
            if (order != 0) return order;
        }

        return 0;
    }

    private static decimal Power(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };
}
