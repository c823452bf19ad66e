using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>
/// Orders metrics (and awards) so that each comes after every one it reads in the current period, and reports
/// each cycle once, at the first member of the cycle in file order (spec 4 step 1, 11, 12.3).
/// </summary>
internal static class DependencyOrder
{
    public static ImmutableArray<MetricSymbol> OrderMetrics(DeclarationTable table, DiagnosticBag diagnostics)
    {
        var metrics = table.Metrics.ConvertAll(m => m.Symbol);
        var positions = Positions(metrics);
        var order = Order(
            metrics.ConvertAll(m => m.Name),
            metrics.ConvertAll(m => m.Span),
            metrics.ConvertAll(m => Reads(m.Expression, positions, n => (n as BoundMetricRef)?.Metric)),
            DiagnosticCode.MetricCycle,
            diagnostics);
        ImmutableArray<MetricSymbol> result = [.. order.Select(i => metrics[i])];
        for (var i = 0; i < result.Length; i++) result[i].Index = i;
        return result;
    }

    public static ImmutableArray<AwardSymbol> OrderAwards(DeclarationTable table, DiagnosticBag diagnostics)
    {
        var awards = table.Awards.ConvertAll(a => a.Symbol);
        var positions = Positions(awards);
        var order = Order(
            awards.ConvertAll(a => a.Name),
            awards.ConvertAll(a => a.Span),
            awards.ConvertAll(a => Reads(a.Expression, positions, n => (n as BoundAwardRef)?.Award)),
            DiagnosticCode.AwardCycle,
            diagnostics);
        ImmutableArray<AwardSymbol> result = [.. order.Select(i => awards[i])];
        for (var i = 0; i < result.Length; i++) result[i].Index = i;
        return result;
    }

    // A lookup rather than a search per reference, so that a plan of many metrics binds in time linear in its size.
    private static Dictionary<T, int> Positions<T>(List<T> nodes)
        where T : class
    {
        var positions = new Dictionary<T, int>(nodes.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++) positions[nodes[i]] = i;
        return positions;
    }

    /// <summary>The positions of the nodes a body reads in the current period; first read first.</summary>
    private static List<int> Reads<T>(BoundExpression? body, Dictionary<T, int> positions, Func<BoundExpression, T?> referenced)
        where T : class
    {
        var reads = new List<int>();
        if (body is null) return reads;
        foreach (var node in BoundTree.CurrentPeriodNodes(body))
        {
            if (referenced(node) is not { } target || !positions.TryGetValue(target, out var index)) continue;
            if (!reads.Contains(index)) reads.Add(index);
        }

        return reads;
    }

    private static List<int> Order(List<string> names, List<SourceSpan> spans, List<List<int>> reads, DiagnosticCode cycleCode, DiagnosticBag diagnostics)
    {
        foreach (var component in StronglyConnected(reads))
        {
            var start = component.Min();
            if (component.Count == 1 && !reads[start].Contains(start)) continue;
            var path = CyclePath(start, component, reads);
            diagnostics.Error(cycleCode, spans[start], string.Join(" -> ", path.Select(i => names[i])));
        }

        return Topological(reads);
    }

    /// <summary>Kahn's order, taking the earliest declared among the ready nodes, so independent nodes keep file order.</summary>
    private static List<int> Topological(List<List<int>> reads)
    {
        var count = reads.Count;
        var waitingOn = new int[count];
        var readers = new List<int>[count];
        for (var i = 0; i < count; i++) readers[i] = [];
        for (var i = 0; i < count; i++)
        {
            foreach (var dependency in reads[i].Where(d => d != i))
            {
                waitingOn[i]++;
                readers[dependency].Add(i);
            }
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, count).Where(i => waitingOn[i] == 0));
        var order = new List<int>(count);
        var placed = new bool[count];
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            placed[next] = true;
            foreach (var reader in readers[next])
            {
                if (--waitingOn[reader] == 0) ready.Add(reader);
            }
        }

        // Members of a cycle (already reported) go last in file order, so that every node keeps an index.
        for (var i = 0; i < count; i++) if (!placed[i]) order.Add(i);
        return order;
    }

    /// <summary>The shortest way from <paramref name="start"/> back to itself inside its component, as a list of nodes.</summary>
    private static List<int> CyclePath(int start, HashSet<int> component, List<List<int>> reads)
    {
        var cameFrom = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in reads[node])
            {
                if (next == start)
                {
                    // Walked back from the end and reversed once: inserting at the front would be quadratic in the cycle's length.
                    var path = new List<int> { start };
                    for (var at = node; at != start; at = cameFrom[at]) path.Add(at);
                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (component.Contains(next) && !cameFrom.ContainsKey(next))
                {
                    cameFrom[next] = node;
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException("A strongly connected component without a cycle back to its first node.");
    }

    /// <summary>
    /// Tarjan's strongly connected components, with an explicit stack of frames: a chain of thousands of metrics, each
    /// reading the next, must not be as deep on the thread's stack.
    /// </summary>
    private static List<HashSet<int>> StronglyConnected(List<List<int>> reads)
    {
        var count = reads.Count;
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var components = new List<HashSet<int>>();
        var counter = 0;
        var frames = new Stack<(int Node, int Next)>();

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0) continue;
            Open(root);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Pop();
                if (next > 0)
                {
                    // Back from the successor visited last.
                    low[node] = Math.Min(low[node], low[reads[node][next - 1]]);
                }

                var descended = false;
                for (; next < reads[node].Count; next++)
                {
                    var successor = reads[node][next];
                    if (index[successor] < 0)
                    {
                        frames.Push((node, next + 1));
                        Open(successor);
                        descended = true;
                        break;
                    }

                    if (onStack[successor]) low[node] = Math.Min(low[node], index[successor]);
                }

                if (descended || low[node] != index[node]) continue;
                var component = new HashSet<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        return components;

        void Open(int node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack[node] = true;
            frames.Push((node, 0));
        }
    }
}
