using PerfRules.Data;

namespace PerfRules.Tests.Data;

public class ValueListTests
{
    [Fact]
    public void Keeps_every_value_across_chunks_in_order()
    {
        var list = new ValueList<decimal?>();
        for (var i = 0; i < 20_000; i++) list.Add(i);

        Assert.Equal(20_000, list.Count);
        Assert.Equal(8_191m, list[8_191]);  // last of the first chunk
        Assert.Equal(8_192m, list[8_192]);  // first of the second
        Assert.Equal(19_999m, list[19_999]);
        Assert.Equal([0m, 8_192m, 19_999m], list.Pick([0, 8_192, 19_999]));
    }

    [Fact]
    public void Positions_never_written_read_as_default()
    {
        var list = new ValueList<int>();
        list[20_000] = 7; // skips the rest of the first chunk and all of the second
        list[3] = 1;

        Assert.Equal(20_001, list.Count);
        Assert.Equal(0, list[2]);
        Assert.Equal(1, list[3]);
        Assert.Equal(0, list[5_000]);
        Assert.Equal(0, list[10_000]);
        Assert.Equal(7, list[20_000]);
        Assert.Equal(0, list[50_000]);
    }
}
