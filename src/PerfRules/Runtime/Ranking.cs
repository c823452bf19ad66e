namespace PerfRules.Runtime;

/// <summary>
/// Competition ranking within groups (spec sections 7 and 11): inside each group, non-vetoed employees with a score
/// come first, then non-vetoed employees without one, then vetoed employees, each band ordered by the keys; employees
/// equal on the band and every key share a rank and the next rank skips ("1, 2, 2, 4"). O(n log n) per group; the
/// comparer is one object per ranking, so comparisons allocate nothing; where the keys pack into one number per row
/// (<see cref="PackedRankKeys"/>), those numbers are sorted instead, in the same order.
/// </summary>
internal static class Ranking
{
    public static void Rank(PeriodFrame frame, int ranking, string?[]? within, int totalScoreSlot) =>
        Rank(frame, ranking, within, totalScoreSlot, maxParallelism: 1);

    /// <summary>The same; with more than one thread allowed, groups are sorted side by side (each group by one thread).</summary>
    public static void Rank(PeriodFrame frame, int ranking, string?[]? within, int totalScoreSlot, int maxParallelism) =>
        Rank(frame, ranking, within, totalScoreSlot, maxParallelism, packKeys: true);

    /// <summary>
    /// The same; <paramref name="packKeys"/> false always sorts with the row comparer, which packed keys must agree
    /// with (tests hold them to it).
    /// </summary>
    internal static void Rank(PeriodFrame frame, int ranking, string?[]? within, int totalScoreSlot, int maxParallelism, bool packKeys)
    {
        var n = frame.Count;
        var groups = new string[n];
        var (groupOf, sizes) = NumberGroups(within, groups);
        var starts = GroupStarts(sizes);

        // Every row placed by group (in ordinal order of the group names), in row order within a group: the same
        // rows in the same order as a list per group, so the sort below sees exactly what it always saw.
        var rows = new int[n];
        var next = (int[])starts.Clone();
        for (var row = 0; row < n; row++) rows[next[groupOf[row]]++] = row;

        var bands = new byte[n];
        var scores = frame.Numbers[totalScoreSlot];
        for (var row = 0; row < n; row++) bands[row] = frame.Vetoed[row] ? (byte)2 : scores[row] is null ? (byte)1 : (byte)0;

        var comparer = new RowComparer(bands, frame.RankKeys[ranking]);
        var packed = packKeys ? PackedRankKeys.TryPack(bands, frame.RankKeys[ranking], rows) : null;
        var ranks = frame.Ranks[ranking];
        var groupSizes = frame.GroupSizes[ranking];
        void RankGroup(int g)
        {
            var (start, size) = (starts[g], sizes[g]);
            if (packed is null) Array.Sort(rows, start, size, comparer);
            else Array.Sort(packed, rows, start, size);
            for (var i = start; i < start + size; i++)
            {
                var tied = i > start && (packed is null ? comparer.Compare(rows[i - 1], rows[i]) == 0 : packed[i - 1] == packed[i]);
                ranks[rows[i]] = tied ? ranks[rows[i - 1]] : i - start + 1;
                groupSizes[rows[i]] = size;
            }
        }

        // Groups touch disjoint parts of every array, so they can be ranked on different threads.
        if (maxParallelism > 1 && sizes.Length > 1)
            Parallel.For(0, sizes.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, RankGroup);
        else
            for (var g = 0; g < sizes.Length; g++) RankGroup(g);

        frame.Groups[ranking] = groups;
        frame.RankedRows[ranking] = rows;
    }

    // Each row's group as a number, groups numbered in ordinal order of their names, and the size of each group.
    private static (int[] GroupOf, int[] Sizes) NumberGroups(string?[]? within, string[] groups)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[groups.Length];
        for (var row = 0; row < groups.Length; row++)
        {
            var group = within?[row] ?? "";
            groups[row] = group;
            if (!numbers.TryGetValue(group, out var number)) numbers[group] = number = numbers.Count;
            groupOf[row] = number;
        }

        var names = new string[numbers.Count];
        foreach (var (name, number) in numbers) names[number] = name;
        var byName = new int[names.Length];
        for (var i = 0; i < byName.Length; i++) byName[i] = i;
        Array.Sort(byName, (a, b) => string.CompareOrdinal(names[a], names[b]));
        var position = new int[names.Length];
        for (var i = 0; i < byName.Length; i++) position[byName[i]] = i;

        var sizes = new int[names.Length];
        for (var row = 0; row < groupOf.Length; row++) sizes[groupOf[row] = position[groupOf[row]]]++;
        return (groupOf, sizes);
    }

    private static int[] GroupStarts(int[] sizes)
    {
        var starts = new int[sizes.Length];
        for (var g = 1; g < sizes.Length; g++) starts[g] = starts[g - 1] + sizes[g - 1];
        return starts;
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
