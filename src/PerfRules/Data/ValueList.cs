namespace PerfRules.Data;

/// <summary>
/// A growable list read and written by index; unwritten positions read as default. It grows in chunks of
/// 8,192 items rather than by copying into ever larger arrays, so that a million-row roster is written once
/// while it is read (a chunk of decimals lands on the large object heap, where collections do not move it).
/// </summary>
internal sealed class ValueList<T>
{
    private const int ChunkBits = 13;
    private const int ChunkSize = 1 << ChunkBits;
    private const int OffsetMask = ChunkSize - 1;

    // The first chunk starts small and doubles up to a full chunk, so that small rosters stay small.
    private T[]?[] _chunks = [new T[16]];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            var chunk = index >> ChunkBits;
            var offset = index & OffsetMask;
            return chunk < _chunks.Length && _chunks[chunk] is { } items && offset < items.Length ? items[offset] : default!;
        }
        set
        {
            var chunk = index >> ChunkBits;
            var offset = index & OffsetMask;
            if (chunk >= _chunks.Length) Array.Resize(ref _chunks, Math.Max(chunk + 1, _chunks.Length * 2));
            ref var items = ref _chunks[chunk];
            if (items is null) items = new T[ChunkSize];
            else if (offset >= items.Length) Array.Resize(ref items, Math.Min(ChunkSize, Math.Max(offset + 1, items.Length * 2)));
            items[offset] = value;
            if (index >= Count) Count = index + 1;
        }
    }

    public void Add(T item) => this[Count] = item;

    /// <summary>The values at <paramref name="indexes"/>, in that order.</summary>
    public T[] Pick(ReadOnlySpan<int> indexes)
    {
        var picked = new T[indexes.Length];
        for (var i = 0; i < indexes.Length; i++) picked[i] = this[indexes[i]];
        return picked;
    }
}
