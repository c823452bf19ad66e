namespace PerfRules.Authoring;

/// <summary>Options of <see cref="PlanDiff.Compare(PerfPlan, PerfPlan, string, PlanDiffOptions?)"/>.</summary>
public sealed record PlanDiffOptions
{
    /// <summary>The period to score with both plans; null for the latest period in the data.</summary>
    public Periods.PerfPeriod? Period { get; init; }

    /// <summary>A data column holding each employee's base amount, so that payouts (base x multiplier) can be totalled.</summary>
    public string? BaseColumn { get; init; }
}

/// <summary>Where one plan put an employee.</summary>
/// <param name="Score">The shown score, or null when missing.</param>
/// <param name="Rank">The rank in the main ranking's group.</param>
/// <param name="GroupSize">The size of that group.</param>
/// <param name="Group">The group ("" without <c>within</c>).</param>
/// <param name="Grade">The grade, or null without a grades block.</param>
/// <param name="Multiplier">The payout multiplier.</param>
/// <param name="Payout">Base amount x multiplier, rounded to 2 decimals (halves away from zero); null without a base amount.</param>
public sealed record EmployeeStanding(decimal? Score, int Rank, int GroupSize, string Group, string? Grade, decimal Multiplier, decimal? Payout);

/// <summary>One employee under the old plan and the new one.</summary>
/// <param name="Employee">The employee id.</param>
/// <param name="Before">The old plan's result; null when the old plan did not score the employee.</param>
/// <param name="After">The new plan's result; null when the new plan did not score the employee.</param>
/// <param name="BaseAmount">The employee's base amount in the scored period, when a base column was given and has one.</param>
public sealed record EmployeeChange(string Employee, EmployeeStanding? Before, EmployeeStanding? After, decimal? BaseAmount)
{
    /// <summary>New score minus old score; null when either is missing.</summary>
    public decimal? ScoreChange => Before?.Score is { } old && After?.Score is { } now ? now - old : null;

    /// <summary>Whether the shown score changed (a score that became missing counts).</summary>
    public bool ScoreChanged => Before?.Score != After?.Score;

    /// <summary>Whether the rank or the group size changed.</summary>
    public bool RankChanged => Before?.Rank != After?.Rank || Before?.GroupSize != After?.GroupSize;

    /// <summary>Whether the grade changed (compared by name).</summary>
    public bool GradeChanged => !string.Equals(Before?.Grade, After?.Grade, StringComparison.Ordinal);

    /// <summary>Whether the multiplier changed.</summary>
    public bool MultiplierChanged => Before?.Multiplier != After?.Multiplier;

    /// <summary>Whether anything changed, or the employee is scored by one plan only.</summary>
    public bool IsChanged => Before is null || After is null || ScoreChanged || RankChanged || GradeChanged || MultiplierChanged;
}

/// <summary>How many employees moved from one grade of the old plan to one grade of the new plan.</summary>
/// <param name="Before">The old grade; null for no grade.</param>
/// <param name="After">The new grade; null for no grade.</param>
/// <param name="Count">How many employees.</param>
public sealed record GradeMove(string? Before, string? After, int Count);
