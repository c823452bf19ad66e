using PerfRules.Authoring;

namespace PerfRules.Tests.Authoring;

/// <summary>The cells of a tests file's rows are trimmed; what stands between quotes is kept whole.</summary>
public class InlineRowCellsTests
{
    [Theory]
    [InlineData("a1,       2025-Q1, 华南,   40", "a1,2025-Q1,华南,40")]
    [InlineData("\ta ,\tb\t", "a,b")]
    [InlineData("a, \" South \" ,b", "a,\" South \",b")]
    [InlineData("a, \"x, \"\"y\"\" \"  ,b", "a,\"x, \"\"y\"\" \",b")]
    [InlineData("a,  ,  ,", "a,,,")]
    [InlineData("", "")]
    public void Spaces_around_cells_go_and_quoted_text_stays_as_written(string row, string trimmed) =>
        Assert.Equal(trimmed, InlineRowCells.Trim(row));
}
