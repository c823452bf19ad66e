using NodaTime;

namespace PerfRules.Data;

/// <summary>
/// The typed values of the row being read, one slot per input (only the slot of the input's type is used).
/// Reused from row to row, so reading a row allocates nothing for its numbers, flags and dates.
/// </summary>
internal sealed class RowValues
{
    public RowValues(int inputCount)
    {
        Numbers = new decimal?[inputCount];
        Flags = new bool?[inputCount];
        Texts = new string?[inputCount];
        Dates = new LocalDate?[inputCount];
    }

    public decimal?[] Numbers { get; }

    public bool?[] Flags { get; }

    public string?[] Texts { get; }

    public LocalDate?[] Dates { get; }

    /// <summary>Every value missing, ready for the next row.</summary>
    public void Clear()
    {
        Array.Clear(Numbers);
        Array.Clear(Flags);
        Array.Clear(Texts);
        Array.Clear(Dates);
    }
}
