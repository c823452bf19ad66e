namespace PerfRules.Authoring;

/// <summary>
/// The grade migration matrix of a diff: old grades down, new grades across, each cell the number of employees who
/// had the row's grade under the old plan and the column's grade under the new one. Every grade of each plan has its
/// row or column, in the plan's order (best first), so a grade nobody holds shows as zeros; null (no grade) comes last
/// where an employee has no grade.
/// </summary>
public sealed class GradeMigration
{
    private readonly Dictionary<(string?, string?), int> _counts;

    internal GradeMigration(ImmutableArray<string?> before, ImmutableArray<string?> after, Dictionary<(string?, string?), int> counts)
    {
        Before = before;
        After = after;
        _counts = counts;
        Moves = [.. from row in before from column in after select new GradeMove(row, column, Count(row, column))];
    }

    /// <summary>The old plan's grades: the rows.</summary>
    public ImmutableArray<string?> Before { get; }

    /// <summary>The new plan's grades: the columns.</summary>
    public ImmutableArray<string?> After { get; }

    /// <summary>Every cell, row by row.</summary>
    public ImmutableArray<GradeMove> Moves { get; }

    /// <summary>How many employees went from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public int Count(string? before, string? after) => _counts.GetValueOrDefault((before, after));

    internal static GradeMigration Build(ImmutableArray<string> beforeGrades, ImmutableArray<string> afterGrades, IEnumerable<EmployeeChange> employees)
    {
        var counts = new Dictionary<(string?, string?), int>();
        var beforeNone = false;
        var afterNone = false;
        foreach (var employee in employees)
        {
            if (employee.Before is not { } old || employee.After is not { } now) continue;
            counts[(old.Grade, now.Grade)] = counts.GetValueOrDefault((old.Grade, now.Grade)) + 1;
            beforeNone |= old.Grade is null;
            afterNone |= now.Grade is null;
        }

        return new GradeMigration(Labels(beforeGrades, beforeNone), Labels(afterGrades, afterNone), counts);
    }

    private static ImmutableArray<string?> Labels(ImmutableArray<string> grades, bool none) =>
        none || grades.IsEmpty ? [.. grades, null] : [.. grades];
}
