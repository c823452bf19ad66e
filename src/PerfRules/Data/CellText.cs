using PerfRules.Periods;
using PerfRules.Text;

namespace PerfRules.Data;

/// <summary>
/// Reads one data cell as its input's type, in the invariant forms of the data format (whatever the machine's
/// culture): numbers <c>-?digits[.digits]</c>, percents <c>95%</c> or <c>0.95</c>, flags true/false, yes/no, 1/0
/// in any case, dates <c>2025-07-14</c>. Spaces around a value are ignored, except in text, which passes unchanged.
/// </summary>
internal static class CellText
{
    private const string NumberForm = "write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25";
    private const string PercentForm = "write a percent such as 95% or a fraction such as 0.95";
    private const string FlagForm = "write true or false, yes or no, 1 or 0";

    public static void Read(RosterAssembler rows, int input, ReadOnlySpan<char> cell, int column, string employee, StringPool texts)
    {
        var type = rows.Inputs[input].Type;
        if (type == InputType.Text)
        {
            if (cell.IsEmpty) rows.SetMissing(input, column, employee);
            else rows.SetText(input, texts.Get(cell));
            return;
        }

        var text = cell.Trim();
        if (text.IsEmpty)
        {
            rows.SetMissing(input, column, employee);
            return;
        }

        switch (type)
        {
            case InputType.Flag:
                if (TryFlag(text, out var flag)) rows.SetFlag(input, flag);
                else rows.InvalidValue(input, column, employee, text, FlagForm);
                return;
            case InputType.Date:
                if (PeriodText.TryParseDate(text, out var date, out var problem)) rows.SetDate(input, date);
                else rows.InvalidValue(input, column, employee, text, problem);
                return;
            default:
                ReadNumber(rows, input, type, text, column, employee);
                return;
        }
    }

    private static void ReadNumber(RosterAssembler rows, int input, InputType type, ReadOnlySpan<char> text, int column, string employee)
    {
        var percent = type == InputType.Percent && text[^1] == '%';
        var digits = percent ? text[..^1] : text;
        if (ExactDecimal.TryParse(digits, percent, out var value, out var problem))
        {
            rows.SetNumber(input, value, column, employee, text);
            return;
        }

        var reason = problem is not null
            ? "a decimal cannot hold it exactly (" + problem + ")"
            : type == InputType.Percent ? PercentForm : NumberForm;
        rows.InvalidValue(input, column, employee, text, reason);
    }

    /// <summary>The spellings of a flag, case-insensitive (spec section 11).</summary>
    public static bool TryFlag(ReadOnlySpan<char> text, out bool value)
    {
        value = text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("1", StringComparison.Ordinal);
        return value
            || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("no", StringComparison.OrdinalIgnoreCase)
            || text.Equals("0", StringComparison.Ordinal);
    }
}
