using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>
/// Builds a random roster that fits a plan: values drawn from small pools, so that ties are common; optional values
/// left empty now and then; values at and around the curves' thresholds; teams including the empty one.
/// </summary>
internal sealed class RosterFactory
{
    private static readonly string?[] TeamNames = ["north", "south", null, "east"];
    private readonly Random _random;
    private readonly PlanModel _plan;
    private readonly Dictionary<string, decimal?[]> _pools = new(StringComparer.Ordinal);
    private readonly string?[] _teams;

    private RosterFactory(Random random, PlanModel plan)
    {
        _random = random;
        _plan = plan;
        _teams = [.. TeamNames.OrderBy(_ => random.Next()).Take(random.Next(1, 4))];
        foreach (var input in plan.Inputs) _pools[input.Name] = [.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => Fresh(input))];
    }

    /// <summary>One period's roster of 1 to about 25 employees, more as FsCheck's size grows.</summary>
    public static RosterModel Single(int seed, PlanModel plan, int size)
    {
        var factory = new RosterFactory(new Random(seed), plan);
        var count = factory._random.Next(1, 2 + Math.Min(size, 72) / 3);
        return new RosterModel([.. factory.Employees(count).Select(e => factory.Row(e.Id, "2025-Q1", e.Team, e.Badge))]);
    }

    /// <summary>Up to four quarters; each employee has a row in some of them, the scored (last) one included for most.</summary>
    public static RosterModel History(int seed, PlanModel plan, int size)
    {
        var factory = new RosterFactory(new Random(seed), plan);
        var random = factory._random;
        string[] periods = [.. new[] { "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4" }.Take(random.Next(2, 5))];
        var rows = ImmutableArray.CreateBuilder<RowModel>();
        foreach (var employee in factory.Employees(random.Next(1, 2 + Math.Min(size, 45) / 3)))
        {
            foreach (var period in periods)
                if (random.NextDouble() < 0.8 || period == periods[^1] && rows.Count == 0)
                    rows.Add(factory.Row(employee.Id, period, employee.Team, employee.Badge));
        }

        return new RosterModel(rows.ToImmutable());
    }

    /// <summary>
    /// The roster with the employees of one group changed: new values for some, and perhaps one or two newcomers.
    /// Rows of every other group are left as they are.
    /// </summary>
    public static RosterModel ChangeGroup(int seed, PlanModel plan, RosterModel roster, string? group)
    {
        var factory = new RosterFactory(new Random(seed), plan);
        var random = factory._random;
        var rows = roster.Rows.Select(r => r.Team == group && random.NextDouble() < 0.6 ? factory.Row(r.Employee, r.Period, group, r.Value("badge")!.Value) : r);
        var newcomers = Enumerable.Range(0, random.Next(0, 3)).Select(i => factory.Row($"new{i}", "2025-Q1", group, 100 + i));
        return new RosterModel([.. rows.Concat(newcomers)]);
    }

    private IEnumerable<(string Id, string? Team, decimal Badge)> Employees(int count)
    {
        // Badges are a tie-breaking key: distinct most of the time, tied some of the time.
        var distinct = _random.NextDouble() < 0.7;
        var badges = Enumerable.Range(1, count).OrderBy(_ => _random.Next()).ToArray();
        for (var i = 0; i < count; i++)
            yield return ($"e{i + 1}", _teams[_random.Next(_teams.Length)], distinct ? badges[i] : _random.Next(1, 4));
    }

    public RowModel Row(string employee, string period, string? team, decimal badge)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, decimal?>(StringComparer.Ordinal);
        values["violations"] = _random.NextDouble() < 0.75 ? 0 : _random.Next(1, 4);
        values["badge"] = badge;
        values["tenure"] = _random.Next(0, 37);
        foreach (var input in _plan.Inputs)
        {
            var pool = _pools[input.Name];
            var value = _random.NextDouble() < 0.8 ? pool[_random.Next(pool.Length)] : Fresh(input);
            values[input.Name] = input.Optional && _random.NextDouble() < 0.2 ? null : value;
        }

        return new RowModel(employee, period, team, values.ToImmutable());
    }

    /// <summary>A value of the input's kind: near a threshold of its curve a third of the time.</summary>
    private decimal Fresh(InputModel input)
    {
        var percent = input.Kind == InputKind.Percent;
        var thresholds = Thresholds(input.Name).ToArray();
        decimal value;
        if (thresholds.Length > 0 && _random.NextDouble() < 0.35)
        {
            var nudge = new[] { 0m, 0m, 0.5m, -0.5m, 1m, -1m, 5m, -5m }[_random.Next(8)];
            value = thresholds[_random.Next(thresholds.Length)] + (percent ? nudge / 100m : nudge);
        }
        else
        {
            value = _random.Next(-20, 131) + new[] { 0m, 0m, 0.25m, 0.5m }[_random.Next(4)];
            if (percent) value /= 100m;
        }

        return input.Kind switch
        {
            InputKind.Count when input.Name.StartsWith('q') => _random.Next(0, 4),
            InputKind.Count => Math.Max(0m, decimal.Truncate(value)),
            InputKind.Money => decimal.Round(value, 2),
            _ => value,
        };
    }

    private IEnumerable<decimal> Thresholds(string metric)
    {
        foreach (var kpi in _plan.Kpis.Where(k => k.Metric == metric))
        {
            switch (kpi.Curve)
            {
                case LinearModel linear:
                    yield return linear.From;
                    yield return linear.To;
                    break;
                case LadderModel ladder:
                    foreach (var line in ladder.Lines) yield return line.At;
                    break;
                case BandsModel bands:
                    foreach (var band in bands.Bands) yield return band.At;
                    break;
            }
        }
    }
}
