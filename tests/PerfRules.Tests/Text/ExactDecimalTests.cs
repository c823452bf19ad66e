using PerfRules.Text;

namespace PerfRules.Tests.Text;

public class ExactDecimalTests
{
    [Theory]
    [InlineData("0.95", false, "0.95")]
    [InlineData("95", true, "0.95")]
    [InlineData("1500000", false, "1500000")]
    [InlineData("-12.50", false, "-12.50")]
    [InlineData("7.9228162514264337593543950335", false, "7.9228162514264337593543950335")]
    [InlineData("79228162514264337593543950335", false, "79228162514264337593543950335")]
    [InlineData("1000000", true, "10000")]
    [InlineData("0.1000000000000000000000000000000000", false, "0.1")]
    public void Reads_values_a_decimal_holds_exactly(string text, bool percent, string expected)
    {
        Assert.True(ExactDecimal.TryParse(text, percent, out var value, out var problem));
        Assert.Null(problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("7.9228162514264337593543950336", false, "more digits than a decimal holds")]
    [InlineData("79228162514264337593543950336", false, "out of range")]
    [InlineData("0.00000000000000000000000000001", false, "more than 28 decimals")]
    [InlineData("0.000000000000000000000000001", true, "more than 28 decimals")]
    public void Refuses_values_a_decimal_cannot_hold(string text, bool percent, string reason)
    {
        Assert.False(ExactDecimal.TryParse(text, percent, out _, out var problem));
        Assert.Equal(reason, problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("--1")]
    public void Says_nothing_about_text_that_is_not_a_number(string text)
    {
        Assert.False(ExactDecimal.TryParse(text, false, out _, out var problem));
        Assert.Null(problem);
    }
}
