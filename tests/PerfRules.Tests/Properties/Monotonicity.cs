using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace PerfRules.Tests.Properties;

/// <summary>
/// One employee's metric moved the better way, all else equal: the KPI, its dimension and the total never drop, and
/// no other employee's scores move.
/// </summary>
internal static class Monotonicity
{
    // A case with no KPI of the direction under test, or whose metric is missing, says nothing either way.
    private static Property Discard => Prop.When(property: true, condition: false);

    public static Property Holds(MonotoneCase change, Direction direction)
    {
        var scoring = change.Case;
        var kpis = scoring.Plan.Kpis.ToList();
        // The first KPI from the chosen one on that reads an input and goes the way under test.
        var k = Enumerable.Range(0, kpis.Count).Select(i => (change.Kpi + i) % kpis.Count)
            .FirstOrDefault(i => kpis[i].Curve.Direction == direction && kpis[i].Curve.IsMonotone
                 && scoring.Plan.Inputs.Any(input => input.Name == kpis[i].Metric), -1);
        var row = scoring.Roster.Rows[change.Row];
        if (k < 0 || row.Value(kpis[k].Metric) is not { } value) return Discard;

        var kpi = kpis[k];
        var input = scoring.Plan.Inputs.Single(i => i.Name == kpi.Metric);
        var step = input.Kind switch
        {
            InputKind.Count => Math.Ceiling(change.Step),
            InputKind.Percent => change.Step / 100m,
            _ => change.Step,
        };
        var moved = direction == Direction.HigherIsBetter ? value + step : value - step;
        if (input.Kind == InputKind.Count && moved < 0m) return Discard;

        var changed = scoring with { Roster = new RosterModel(scoring.Roster.Rows.SetItem(change.Row, row.With(kpi.Metric, moved))) };
        var original = Evaluation.Score(scoring);
        var before = original.Find(row.Employee)!;
        var after = Evaluation.Score(changed);
        var dimension = scoring.Plan.Dimensions.Select((d, i) => (d, i)).First(x => x.d.Kpis.Contains(kpi)).i;
        var kpiIndex = scoring.Plan.Dimensions[dimension].Kpis.IndexOf(kpi);
        var moving = after.Find(row.Employee)!;

        Assert.True(moving.Dimensions[dimension].Kpis[kpiIndex].ExactScore >= before.Dimensions[dimension].Kpis[kpiIndex].ExactScore);
        Assert.True(moving.Dimensions[dimension].ExactScore >= before.Dimensions[dimension].ExactScore);
        Assert.True(moving.ExactScore >= before.ExactScore);
        Assert.True(moving.Score >= before.Score);
        foreach (var other in original.Employees.Where(e => e.Employee != row.Employee))
            Assert.Equal(other.ExactScore, after.Find(other.Employee)!.ExactScore);
        return Prop.ToProperty(true);
    }
}
