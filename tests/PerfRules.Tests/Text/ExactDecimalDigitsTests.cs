using System.Globalization;
using FsCheck.Xunit;
using PerfRules.Text;

namespace PerfRules.Tests.Text;

/// <summary>The short-number path (up to 18 digits, no big integers) agrees with the long one at its edge.</summary>
public class ExactDecimalDigitsTests
{
    [Theory]
    [InlineData("999999999999999999")]     // 18 digits: the short path
    [InlineData("1000000000000000000")]    // 19 digits: the long path
    [InlineData("123456789.123456789")]    // 18 digits split by the point
    [InlineData("-123456789.1234567891")]  // 19 digits
    [InlineData("0.000000000000000001")]
    [InlineData("4294967296")]             // 2^32: the middle 32 bits of the mantissa
    [InlineData("18446744073709551615")]   // 2^64 - 1
    public void Reads_numbers_on_either_side_of_eighteen_digits(string text)
    {
        Assert.True(ExactDecimal.TryParse(text, false, out var value, out _));
        Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Minus_zero_is_zero()
    {
        Assert.True(ExactDecimal.TryParse("-0.00", false, out var value, out _));
        Assert.Equal("0", value.ToString(CultureInfo.InvariantCulture));
    }

    [Property]
    public bool Reads_back_every_decimal_as_printed(decimal value) =>
        ExactDecimal.TryParse(value.ToString(CultureInfo.InvariantCulture), false, out var read, out _) && read == value;
}
