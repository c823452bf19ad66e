using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>Makes and re-applies the change of one group's employees for <see cref="GroupChangeCase"/>.</summary>
internal static class GroupChanges
{
    public static GroupChangeCase Make(ScoringCase scoring, int seed)
    {
        var groups = scoring.Roster.Rows.Select(r => r.Team).Distinct().ToArray();
        var group = groups[new Random(seed).Next(groups.Length)];
        return new GroupChangeCase(scoring, group, RosterFactory.ChangeGroup(seed, scoring.Plan, scoring.Roster, group));
    }

    /// <summary>After the roster shrank: the other groups' rows as they now are, the changed group's as they were changed.</summary>
    public static GroupChangeCase Apply(GroupChangeCase change) =>
        change with
        {
            Changed = new RosterModel([
                .. change.Case.Roster.Rows.Where(r => r.Team != change.Group),
                .. change.Changed.Rows.Where(r => r.Team == change.Group),
            ]),
        };
}
