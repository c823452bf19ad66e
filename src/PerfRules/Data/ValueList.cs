namespace PerfRules.Data;

/// <summary>A growable array read and written by index; unwritten positions read as default.</summary>
internal sealed class ValueList<T>
{
    private T[] _items = new T[16];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => index < Count ? _items[index] : default!;
        set
        {
            if (index >= _items.Length) Array.Resize(ref _items, Math.Max(index + 1, _items.Length * 2));
            _items[index] = value;
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
