using System.Globalization;
using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed class ExplanationNumbersTests
{
    [Theory]
    [InlineData("73.249", "73.249")]
    [InlineData("100", "100")]
    [InlineData("-0.5", "-0.5")]
    // A third has more than 6 decimals: cut there (never rounded up), "..." says more follow.
    [InlineData("0.3333333333333333333333333333", "0.333333...")]
    [InlineData("0.6666666666666666666666666667", "0.666666...")]
    [InlineData("-36.778398692810457516339869", "-36.778398...")]
    // Cut at 6 decimals, all 6 are shown even where the last is 0.
    [InlineData("0.96854012345", "0.968540...")]
    public void Plain_numbers_keep_up_to_six_decimals_and_cut_the_rest(string value, string expected)
    {
        Assert.Equal(expected, ExplanationNumbers.Plain(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1640000", "1,640,000.00")]
    [InlineData("1234567.89", "1,234,567.89")]
    [InlineData("0", "0.00")]
    [InlineData("12.345", "12.345")]
    [InlineData("-265432.11", "-265,432.11")]
    [InlineData("1000.123456789", "1,000.123456...")]
    public void Money_has_thousands_separators_and_at_least_two_decimals(string value, string expected)
    {
        Assert.Equal(expected, ExplanationNumbers.Money(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0.95", "0.95 (95%)")]
    [InlineData("1.014", "1.014 (101.4%)")]
    [InlineData("0.1666666666666666666666666667", "0.166666... (16.66...%)")]
    // 94.999...%: the cut percent stays under 95%, as the value does, and never reads 95%.
    [InlineData("0.9499999", "0.949999... (94.99...%)")]
    public void Percents_show_the_fraction_and_the_percent(string value, string expected)
    {
        Assert.Equal(expected, ExplanationNumbers.Percent(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }
}
