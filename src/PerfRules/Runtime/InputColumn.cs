using NodaTime;

namespace PerfRules.Runtime;

/// <summary>
/// One input's values for every row of a snapshot, stored by type so that evaluation reads them without boxing.
/// A null element is a missing value. The arrays are never written after the snapshot is built.
/// </summary>
internal abstract class InputColumn
{
    public abstract int Count { get; }

    /// <summary>The value at a row as an object (decimal, bool, string, LocalDate) or null; for display, not for evaluation.</summary>
    public abstract object? GetBoxed(int row);
}

internal sealed class NumberColumn(decimal?[] values) : InputColumn
{
    public decimal?[] Values { get; } = values;
    public override int Count => Values.Length;
    public override object? GetBoxed(int row) => Values[row];
}

internal sealed class FlagColumn(bool?[] values) : InputColumn
{
    public bool?[] Values { get; } = values;
    public override int Count => Values.Length;
    public override object? GetBoxed(int row) => Values[row];
}

internal sealed class TextColumn(string?[] values) : InputColumn
{
    public string?[] Values { get; } = values;
    public override int Count => Values.Length;
    public override object? GetBoxed(int row) => Values[row];
}

internal sealed class DateColumn(LocalDate?[] values) : InputColumn
{
    public LocalDate?[] Values { get; } = values;
    public override int Count => Values.Length;
    public override object? GetBoxed(int row) => Values[row];
}
