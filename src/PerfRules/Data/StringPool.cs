namespace PerfRules.Data;

/// <summary>
/// Gives one string instance per distinct text, so that a roster of a million rows holds each employee id and each
/// repeated text value (a team, a region) once, and reading a known one allocates nothing.
/// </summary>
internal sealed class StringPool(int maxEntries, int maxLength)
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>A pool for employee ids: every id is kept anyway, so the pool has no limit.</summary>
    public static StringPool Unbounded() => new(int.MaxValue, int.MaxValue);

    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var created = text.ToString();
        // Long or endlessly varied texts (comments, say) are not worth remembering.
        if (text.Length <= maxLength && _strings.Count < maxEntries) _strings.Add(created);
        return created;
    }
}
