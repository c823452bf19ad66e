using NodaTime;
using PerfRules.Runtime;

namespace PerfRules.Data;

/// <summary>
/// One input's values while a roster is read, stored by type and addressed by index (a snapshot row, or a finer
/// row waiting to be rolled up). Rolling up and building the snapshot's column happen here, once per type.
/// </summary>
internal abstract class ValueStore
{
    public static ValueStore For(InputType type) => type switch
    {
        InputType.Text => new TextStore(),
        InputType.Flag => new FlagStore(),
        InputType.Date => new DateStore(),
        _ => new NumberStore(),
    };

    /// <summary>Stores the current row's value of input <paramref name="input"/> at <paramref name="index"/>.</summary>
    public abstract void Take(RowValues row, int input, int index);

    /// <summary>
    /// Combines the values of <paramref name="rows"/> at <paramref name="order"/> (finer rows in period order) by
    /// <paramref name="rollup"/>, and stores the result at <paramref name="target"/>. Missing values are left out;
    /// when every value is missing, or a sum overflows, the result is missing.
    /// </summary>
    public abstract void Combine(Rollup rollup, ValueStore rows, ReadOnlySpan<int> order, int target);

    /// <summary>A snapshot column of the values at <paramref name="indexes"/>, in that order.</summary>
    public abstract InputColumn ToColumn(ReadOnlySpan<int> indexes);
}

/// <summary>The shared part of the typed stores: <typeparamref name="T"/> is a nullable type, null being missing.</summary>
internal abstract class ValueStore<T> : ValueStore
{
    protected ValueList<T> Values { get; } = new();

    public T this[int index] => Values[index];

    public override void Combine(Rollup rollup, ValueStore rows, ReadOnlySpan<int> order, int target)
    {
        var source = ((ValueStore<T>)rows).Values;
        if (rollup is Rollup.Sum or Rollup.Avg)
        {
            Values[target] = Arithmetic(rollup, source, order);
            return;
        }

        T result = default!;
        var found = false;
        foreach (var row in order)
        {
            var value = source[row];
            if (value is null) continue;
            // The first value found always counts; comparing it with nothing would read a missing value.
            var better = !found || rollup switch
            {
                Rollup.Min => Compare(value, result) < 0,
                Rollup.Max => Compare(value, result) > 0,
                _ => true, // last: every later non-empty value replaces the one before
            };
            if (better) result = value;
            found = true;
        }

        Values[target] = result;
    }

    /// <summary>Orders two present values for min and max.</summary>
    protected abstract int Compare(T left, T right);

    /// <summary>Sum or average; only numbers have them (the input table refuses them for other types).</summary>
    protected virtual T Arithmetic(Rollup rollup, ValueList<T> source, ReadOnlySpan<int> order) =>
        throw new InvalidOperationException($"{rollup} is not defined for {typeof(T).Name} values.");
}

internal sealed class NumberStore : ValueStore<decimal?>
{
    public override void Take(RowValues row, int input, int index) => Values[index] = row.Numbers[input];

    public override InputColumn ToColumn(ReadOnlySpan<int> indexes) => new NumberColumn(Values.Pick(indexes));

    protected override int Compare(decimal? left, decimal? right) => left!.Value.CompareTo(right!.Value);

    protected override decimal? Arithmetic(Rollup rollup, ValueList<decimal?> source, ReadOnlySpan<int> order)
    {
        var sum = 0m;
        var count = 0;
        foreach (var row in order)
        {
            if (source[row] is not { } value) continue;
            try
            {
                sum += value; // added in period order, oldest first (spec section 11)
            }
            catch (OverflowException)
            {
                return null; // an overflow is missing, never an error
            }

            count++;
        }

        if (count == 0) return null;
        return rollup == Rollup.Sum ? sum : sum / count;
    }
}

internal sealed class FlagStore : ValueStore<bool?>
{
    public override void Take(RowValues row, int input, int index) => Values[index] = row.Flags[input];

    public override InputColumn ToColumn(ReadOnlySpan<int> indexes) => new FlagColumn(Values.Pick(indexes));

    protected override int Compare(bool? left, bool? right) => left!.Value.CompareTo(right!.Value);
}

internal sealed class TextStore : ValueStore<string?>
{
    public override void Take(RowValues row, int input, int index) => Values[index] = row.Texts[input];

    public override InputColumn ToColumn(ReadOnlySpan<int> indexes) => new TextColumn(Values.Pick(indexes));

    protected override int Compare(string? left, string? right) => string.CompareOrdinal(left, right);
}

internal sealed class DateStore : ValueStore<LocalDate?>
{
    public override void Take(RowValues row, int input, int index) => Values[index] = row.Dates[input];

    public override InputColumn ToColumn(ReadOnlySpan<int> indexes) => new DateColumn(Values.Pick(indexes));

    protected override int Compare(LocalDate? left, LocalDate? right) => left!.Value.CompareTo(right!.Value);
}
