using NodaTime;

namespace PerfRules.Data;

/// <summary>
/// Takes one value given by a host as a .NET object: decimal and the integer types for numbers, bool for flags,
/// string for text, LocalDate (or DateOnly) for dates, null for empty. Binary floating-point numbers are refused,
/// as their values are not the decimals they print as.
/// </summary>
internal static class HostValue
{
    public static void Read(RosterAssembler rows, int input, object? value, int column, string employee)
    {
        var type = rows.Inputs[input].Type;
        switch (value)
        {
            case null:
            case string { Length: 0 } when type == InputType.Text:
                rows.SetMissing(input, column, employee);
                return;
            case string text when type == InputType.Text:
                rows.SetText(input, text);
                return;
            case bool flag when type == InputType.Flag:
                rows.SetFlag(input, flag);
                return;
            case LocalDate date when type == InputType.Date:
                rows.SetDate(input, date.WithCalendar(CalendarSystem.Iso));
                return;
            case DateOnly date when type == InputType.Date:
                rows.SetDate(input, LocalDate.FromDateOnly(date));
                return;
        }

        if (InputTable.IsNumber(type) && TryNumber(value, out var number))
        {
            rows.SetNumber(input, number, column, employee, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        var given = "a " + value.GetType().FullName
            + (value is double or float or Half ? ", a binary floating-point value that is not exact: give a decimal" : "");
        rows.RowError(Diagnostics.DiagnosticCode.WrongValueType, column, rows.Inputs[input].Name, InputTable.TypeName(type), Accepted(type), employee, given);
    }

    private static bool TryNumber(object value, out decimal number)
    {
        switch (value)
        {
            case decimal d: number = d; return true;
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0m; return false;
        }
    }

    private static string Accepted(InputType type) => type switch
    {
        InputType.Text => "a string",
        InputType.Flag => "a bool",
        InputType.Date => "a NodaTime.LocalDate",
        _ => "a decimal, int or long",
    };
}
