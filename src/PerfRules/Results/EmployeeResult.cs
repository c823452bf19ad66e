using PerfRules.Compilation;
using PerfRules.Periods;
using PerfRules.Runtime;

namespace PerfRules.Results;

/// <summary>
/// One employee's result for one period (spec section 8): scores, standing, grade, payout and flags, and an
/// explanation of how each was reached. A read-only view over the evaluated period; details are built when read.
/// </summary>
public sealed class EmployeeResult
{
    private readonly CompiledPlan _plan;
    private readonly PeriodFrame _frame;
    private readonly int _row;

    internal EmployeeResult(CompiledPlan plan, PeriodFrame frame, int row)
    {
        _plan = plan;
        _frame = frame;
        _row = row;
    }

    internal CompiledPlan Plan => _plan;
    internal PeriodFrame Frame => _frame;
    internal int Row => _row;

    /// <summary>The employee id.</summary>
    public string Employee => _frame.Snapshot.Employees[_row];

    /// <summary>The period scored.</summary>
    public PerfPeriod Period => _frame.Period;

    /// <summary>The profile that scored the employee: <c>default</c> for the top-level dimensions.</summary>
    public string Profile => _plan.Profiles[_frame.Profile[_row]].Symbol.Name;

    /// <summary>The total score shown (2 decimals, halves away from zero), or null when every dimension was left out.</summary>
    public decimal? Score => _frame.Numbers[_plan.Layout.TotalScoreSlot][_row];

    /// <summary>The exact total the shown score was rounded from.</summary>
    public decimal? ExactScore => _frame.TotalExact[_row];

    /// <summary>The dimensions of the employee's profile, in file order.</summary>
    public ImmutableArray<DimensionResult> Dimensions => ResultDetails.Dimensions(this);

    /// <summary>Competition rank within the group of the main ranking (1 is best).</summary>
    public int Rank => _frame.Ranks[0][_row];

    /// <summary>The group of the main ranking: the <c>within</c> value, or "" without <c>within</c>.</summary>
    public string Group => _frame.Groups[0]![_row];

    /// <summary>The number of employees in the group.</summary>
    public int GroupSize => _frame.GroupSizes[0][_row];

    /// <summary>The grade, or null when the plan has no grades block.</summary>
    public string? Grade => _frame.GradeLine[_row] < 0 ? null : _plan.Grades!.Symbol.Lines[_frame.GradeLine[_row]].Name;

    /// <summary>The payout multiplier: 0 when vetoed or a requirement failed.</summary>
    public decimal Multiplier => _frame.Numbers[_plan.Layout.MultiplierSlot][_row]!.Value;

    /// <summary>Whether any veto holds.</summary>
    public bool IsVetoed => _frame.Vetoed[_row];

    /// <summary>The reasons of every holding veto, in file order.</summary>
    public ImmutableArray<string> VetoReasons => ResultDetails.VetoReasons(this);

    /// <summary>The reasons of every failed <c>require</c> line, in file order.</summary>
    public ImmutableArray<string> FailedRequirements => ResultDetails.FailedRequirements(this);

    /// <summary>The holding flags, in file order.</summary>
    public ImmutableArray<FlagResult> Flags => ResultDetails.Flags(this);

    /// <summary>The employee's place in each named ranking, in file order.</summary>
    public ImmutableArray<RankingResult> Rankings => ResultDetails.Rankings(this);

    /// <summary>The employee's level in each <c>levels</c> block, in file order.</summary>
    public ImmutableArray<LevelResult> Levels => ResultDetails.Levels(this);

    /// <summary>Each award's amount, in file order.</summary>
    public ImmutableArray<AwardResult> Awards => ResultDetails.Awards(this);

    /// <summary>The metrics' values in file order: decimal, bool or LocalDate, or null when missing.</summary>
    public ImmutableArray<KeyValuePair<string, object?>> Metrics => ResultDetails.Metrics(this);

    /// <summary>A readable trace from inputs to grade and payout, for an appeal.</summary>
    public Explanation Explain() => ExplanationWriter.Write(this);

    /// <inheritdoc/>
    public override string ToString() => $"{Employee} {Period}: score {Score?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}, rank {Rank}/{GroupSize}, grade {Grade ?? "-"}, multiplier {Multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
