namespace PerfRules.Runtime;

/// <summary>
/// The rank key values of one ranking for every row, normalised for sorting: numbers, flags (0/1) and dates (day
/// numbers) as decimals, texts as strings. A null is a missing key, which sorts last whatever the direction.
/// </summary>
internal sealed class RankKeyColumns
{
    public RankKeyColumns(ImmutableArray<bool> isText, ImmutableArray<bool> descending, int rows)
        : this(isText, descending, rows, new decimal?[isText.Length][])
    {
    }

    /// <summary>Columns for the keys; a number key with a column in <paramref name="shared"/> sorts that column itself.</summary>
    public RankKeyColumns(ImmutableArray<bool> isText, ImmutableArray<bool> descending, int rows, decimal?[]?[] shared)
    {
        Descending = descending;
        Numbers = new decimal?[isText.Length][];
        Texts = new string?[isText.Length][];
        for (var k = 0; k < isText.Length; k++)
        {
            if (isText[k]) Texts[k] = new string?[rows];
            else Numbers[k] = shared[k] ?? new decimal?[rows];
        }
    }

    public ImmutableArray<bool> Descending { get; }
    public int KeyCount => Descending.Length;

    /// <summary>Per key, the number column (null for a text key).</summary>
    public decimal?[]?[] Numbers { get; }

    /// <summary>Per key, the text column (null for a number key).</summary>
    public string?[]?[] Texts { get; }

    /// <summary>Compares two rows on key <paramref name="key"/>: negative when <paramref name="a"/> ranks ahead.</summary>
    public int Compare(int key, int a, int b)
    {
        int order;
        if (Numbers[key] is { } numbers)
        {
            var (x, y) = (numbers[a], numbers[b]);
            if (x is null || y is null) return MissingLast(x is null, y is null);
            order = x.Value.CompareTo(y.Value);
        }
        else
        {
            var texts = Texts[key]!;
            var (x, y) = (texts[a], texts[b]);
            if (x is null || y is null) return MissingLast(x is null, y is null);
            order = string.CompareOrdinal(x, y);
        }

        return Descending[key] ? -order : order;
    }

    private static int MissingLast(bool aMissing, bool bMissing) => aMissing == bMissing ? 0 : aMissing ? 1 : -1;
}
