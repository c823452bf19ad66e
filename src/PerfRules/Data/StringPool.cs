namespace PerfRules.Data;

/// <summary>
/// Gives one string instance per distinct text, so that a roster of a million rows holds each employee id and each
/// repeated text value (a team, a region) once, and reading a known one allocates nothing.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif
    private readonly int _maxEntries;
    private readonly int _maxLength;

    public StringPool(int maxEntries, int maxLength)
    {
        _maxEntries = maxEntries;
        _maxLength = maxLength;
#if NET9_0_OR_GREATER
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>A pool for employee ids: every id is kept anyway, so the pool has no limit.</summary>
    public static StringPool Unbounded() => new(int.MaxValue, int.MaxValue);

    public string Get(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (_bySpan.TryGetValue(text, out var known)) return known;
        var created = text.ToString();
#else
        // .NET 8 cannot look a span up in a set of strings, so the text becomes a string first and the set swaps it
        // for the instance it knows: the roster holds the same strings, only reading it leaves more garbage.
        var created = text.ToString();
        if (_strings.TryGetValue(created, out var known)) return known;
#endif
        // Long or endlessly varied texts (comments, say) are not worth remembering.
        if (text.Length <= _maxLength && _strings.Count < _maxEntries) _strings.Add(created);
        return created;
    }
}
