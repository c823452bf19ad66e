using NodaTime;

namespace PerfRules.Runtime;

/// <summary>
/// Delegates that read one column of the frame, or give one literal, for expressions that are nothing more: such a
/// delegate costs nothing to make, where compiling an expression tree costs milliseconds. Generated trees may hold
/// these delegates (a history call's argument), so the tree allow-list admits exactly the readers declared here.
/// </summary>
internal static class ColumnReaders
{
    public static Func<PeriodFrame, int, decimal?> Number(int slot) => new NumberColumn(slot).Read;
    public static Func<PeriodFrame, int, bool?> Flag(int slot) => new FlagColumn(slot).Read;
    public static Func<PeriodFrame, int, string?> Text(int slot) => new TextColumn(slot).Read;
    public static Func<PeriodFrame, int, LocalDate?> Date(int slot) => new DateColumn(slot).Read;
    public static Func<PeriodFrame, int, T> Literal<T>(T value) => new Constant<T>(value).Read;

    private sealed class NumberColumn(int slot)
    {
        public decimal? Read(PeriodFrame frame, int row) => frame.Numbers[slot][row];
    }

    private sealed class FlagColumn(int slot)
    {
        public bool? Read(PeriodFrame frame, int row) => frame.Flags[slot][row];
    }

    private sealed class TextColumn(int slot)
    {
        public string? Read(PeriodFrame frame, int row) => frame.Texts[slot][row];
    }

    private sealed class DateColumn(int slot)
    {
        public LocalDate? Read(PeriodFrame frame, int row) => frame.Dates[slot][row];
    }

    private sealed class Constant<T>(T value)
    {
        public T Read(PeriodFrame frame, int row) => value;
    }
}
