using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// The score stage's own curve scorers where generated code does not reach them: a ladder whose spans overflow a
/// decimal keeps no table of its pays and adds them row by row.
/// </summary>
public class CurveScorerTests
{
    // Lines at -5 x 10^28 and 5 x 10^28: the span between them, 10^29, overflows, so the scorer has no table.
    private static readonly BoundLadderCurve WideLadder = new(
        Prorated: false,
        LowerIsBetter: false,
        [new BoundLadderLine("a", -50_000_000_000_000_000_000_000_000_000m, 40m), new BoundLadderLine("b", 50_000_000_000_000_000_000_000_000_000m, 60m)]);

    [Theory]
    [InlineData("-60000000000000000000000000000", "0")]  // no line reached
    [InlineData("0", "40")]                              // a reached: 40
    [InlineData("60000000000000000000000000000", "100")] // a and b reached: 40 + 60
    public void A_ladder_too_wide_for_a_table_of_its_pays_adds_the_pays_of_the_lines_reached(string value, string expected)
    {
        var scorer = new LadderScorer(WideLadder);

        var score = scorer.ScoreOrThrow(null!, 0, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), score);
    }
}
