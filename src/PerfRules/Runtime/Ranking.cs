namespace PerfRules.Runtime;

/// <summary>
/// Competition ranking within groups (spec sections 7 and 11): inside each group, non-vetoed employees with a score
/// come first, then non-vetoed employees without one, then vetoed employees, each band ordered by the keys; employees
/// equal on the band and every key share a rank and the next rank skips ("1, 2, 2, 4"). O(n log n) per group; the
/// comparer is one object per ranking, so comparisons allocate nothing.
/// </summary>
internal static class Ranking
{
    public static void Rank(PeriodFrame frame, int ranking, string?[]? within, int totalScoreSlot)
    {
        var n = frame.Count;
        var groups = new string[n];
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var row = 0; row < n; row++)
        {
            var group = within?[row] ?? "";
            groups[row] = group;
            if (!members.TryGetValue(group, out var list)) members[group] = list = [];
            list.Add(row);
        }

        var bands = new byte[n];
        var scores = frame.Numbers[totalScoreSlot];
        for (var row = 0; row < n; row++) bands[row] = frame.Vetoed[row] ? (byte)2 : scores[row] is null ? (byte)1 : (byte)0;

        var comparer = new RowComparer(bands, frame.RankKeys[ranking]);
        var ranks = frame.Ranks[ranking];
        var sizes = frame.GroupSizes[ranking];
        foreach (var list in members.Values)
        {
            var rows = list.ToArray();
            Array.Sort(rows, comparer);
            for (var i = 0; i < rows.Length; i++)
            {
                ranks[rows[i]] = i > 0 && comparer.Compare(rows[i - 1], rows[i]) == 0 ? ranks[rows[i - 1]] : i + 1;
                sizes[rows[i]] = rows.Length;
            }
        }

        frame.Groups[ranking] = groups;
    }

    private sealed class RowComparer(byte[] bands, RankKeyColumns keys) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var band = bands[a].CompareTo(bands[b]);
            if (band != 0) return band;
            for (var k = 0; k < keys.KeyCount; k++)
            {
                var order = keys.Compare(k, a, b);
                if (order != 0) return order;
            }

            return 0;
        }
    }
}
