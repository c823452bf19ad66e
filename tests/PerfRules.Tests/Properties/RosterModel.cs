using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerfRules.Data;
using PerfRules.Periods;

namespace PerfRules.Tests.Properties;

/// <summary>One employee's values for one period; a null value is an empty (missing) one.</summary>
public sealed record RowModel(string Employee, string Period, string? Team, ImmutableSortedDictionary<string, decimal?> Values)
{
    public decimal? Value(string input) => Values.GetValueOrDefault(input);

    public RowModel With(string input, decimal? value) => this with { Values = Values.SetItem(input, value) };
}

/// <summary>Rows for a plan, one per employee and period, built into a roster through the host's builder.</summary>
public sealed record RosterModel(ImmutableArray<RowModel> Rows)
{
    public IEnumerable<string> Periods => Rows.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal);

    public Roster Build(PerfPlan plan)
    {
        var builder = plan.CreateRosterBuilder();
        foreach (var row in Rows)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["team"] = row.Team };
            foreach (var (name, value) in row.Values) values[name] = value;
            builder.Add(row.Employee, PerfPeriod.Parse(row.Period), values);
        }

        var roster = builder.Build();
        Assert.False(roster.HasErrors, string.Join("\n", roster.Diagnostics));
        return roster;
    }

    /// <summary>The rows as CSV, so that a counterexample reads like a data file.</summary>
    public override string ToString()
    {
        if (Rows.IsEmpty) return "(no rows)";
        var inputs = Rows[0].Values.Keys.ToArray();
        var text = new StringBuilder("employee,period,team,").Append(string.Join(",", inputs)).Append('\n');
        foreach (var row in Rows)
        {
            text.Append($"{row.Employee},{row.Period},{row.Team},");
            text.Append(string.Join(",", inputs.Select(i => row.Value(i)?.ToString(CultureInfo.InvariantCulture) ?? ""))).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>A plan and a roster that fits it.</summary>
public sealed record ScoringCase(PlanModel Plan, RosterModel Roster)
{
    public override string ToString() => $"\n{Plan.Text}\n{Roster}";
}
