using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Results;

namespace PerfRules.Authoring;

/// <summary>
/// What changes for each employee when one plan replaces another on the same roster: score, rank, grade and
/// multiplier, the grade migration matrix, and payout totals before and after when the data has a base amount.
/// </summary>
/// <example>
/// <code>
/// var diff = PlanDiff.Compare(oldPlan, newPlan, "roster.csv", new PlanDiffOptions { BaseColumn = "base_bonus" });
/// Console.WriteLine($"S to A: {diff.Migration.Count("S", "A")}; payout {diff.PayoutBefore} -> {diff.PayoutAfter}");
/// </code>
/// </example>
public sealed class PlanDiff
{
    private PlanDiff(PerfPeriod? period, ImmutableArray<EmployeeChange> employees, GradeMigration migration, string? baseColumn, ImmutableArray<Diagnostic> diagnostics)
    {
        Period = period;
        Employees = employees;
        Migration = migration;
        BaseColumn = baseColumn;
        Diagnostics = diagnostics;
        if (baseColumn is null) return;
        PayoutBefore = employees.Sum(e => e.Before?.Payout ?? 0m);
        PayoutAfter = employees.Sum(e => e.After?.Payout ?? 0m);
        WithoutBaseAmount = employees.Count(e => e.BaseAmount is null);
    }

    /// <summary>The period scored with both plans, or null when nothing could be scored.</summary>
    public PerfPeriod? Period { get; }

    /// <summary>Every employee scored by either plan, ordered by employee id (ordinal).</summary>
    public ImmutableArray<EmployeeChange> Employees { get; }

    /// <summary>The employees whose multiplier changed.</summary>
    public ImmutableArray<EmployeeChange> MultiplierChanges => [.. Employees.Where(e => e.MultiplierChanged)];

    /// <summary>Old grade x new grade counts.</summary>
    public GradeMigration Migration { get; }

    /// <summary>The base amount column, when one was given; <c>base</c> when a host passed its own amounts.</summary>
    public string? BaseColumn { get; }

    /// <summary>The sum of the old plan's payouts (base x multiplier); null without a base column.</summary>
    public decimal? PayoutBefore { get; }

    /// <summary>The sum of the new plan's payouts; null without a base column.</summary>
    public decimal? PayoutAfter { get; }

    /// <summary>How many employees have no base amount (and so no payout) in the scored period.</summary>
    public int WithoutBaseAmount { get; }

    /// <summary>Errors and warnings of both plans' data and of the base column. With any error, no employee is compared.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Scores the roster in a CSV file with both plans and compares the results.</summary>
    /// <param name="before">The plan in force.</param>
    /// <param name="after">The plan proposed; it must score periods of the same cadence.</param>
    /// <param name="dataPath">The roster, read once for each plan.</param>
    /// <param name="options">The period to score and the base amount column.</param>
    public static PlanDiff Compare(PerfPlan before, PerfPlan after, string dataPath, PlanDiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(dataPath);
        options ??= new PlanDiffOptions();
        var diagnostics = new DiagnosticBag(dataPath);
        if (before.Cadence != after.Cadence)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCode.DiffCadenceMismatch, after.SourceName, SourceSpan.StartOfText,
                before.SourceName ?? "the old plan", Cadence(before), after.SourceName ?? "the new plan", Cadence(after)));
            return Empty(options.BaseColumn, diagnostics);
        }

        var beforeResult = before.Evaluate(before.ReadCsvFile(dataPath), options.Period);
        var afterResult = after.Evaluate(after.ReadCsvFile(dataPath), options.Period);
        Dictionary<string, decimal>? amounts = null;
        if (options.BaseColumn is { } column && (afterResult.Period ?? beforeResult.Period) is { } period)
            amounts = BaseAmountReader.ReadFile(dataPath, column, period, diagnostics);

        return Build(before, beforeResult, after, afterResult, options.BaseColumn, amounts, diagnostics);
    }

    /// <summary>
    /// Compares two results a host has already evaluated, with base amounts from its own records (employee id to
    /// amount) when it wants payout totals.
    /// </summary>
    public static PlanDiff Compare(PerfPlan before, EvaluationResult beforeResult, PerfPlan after, EvaluationResult afterResult, IReadOnlyDictionary<string, decimal>? baseAmounts = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(beforeResult);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(afterResult);
        var amounts = baseAmounts?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Build(before, beforeResult, after, afterResult, baseAmounts is null ? null : "base", amounts, new DiagnosticBag(null));
    }

    private static PlanDiff Build(PerfPlan before, EvaluationResult beforeResult, PerfPlan after, EvaluationResult afterResult, string? baseColumn, Dictionary<string, decimal>? amounts, DiagnosticBag diagnostics)
    {
        // Both plans read the same rows, so a data error is usually reported twice; and the base column is known to
        // neither plan, so its "ignored column" warning would mislead.
        var ignoredBase = baseColumn is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, Diagnostic.TemplateOf(DiagnosticCode.UnknownColumn), baseColumn);
        foreach (var diagnostic in beforeResult.Diagnostics.Concat(afterResult.Diagnostics).Distinct())
            if (!(diagnostic.Code == DiagnosticCode.UnknownColumn && diagnostic.Message == ignoredBase)) diagnostics.Add(diagnostic);
        if (diagnostics.HasErrors) return Empty(baseColumn, diagnostics);

        var ids = beforeResult.Employees.Select(e => e.Employee).Union(afterResult.Employees.Select(e => e.Employee)).Order(StringComparer.Ordinal);
        var employees = ImmutableArray.CreateBuilder<EmployeeChange>();
        foreach (var id in ids)
        {
            decimal? amount = amounts is not null && amounts.TryGetValue(id, out var found) ? found : null;
            employees.Add(new EmployeeChange(id, Standing(beforeResult.Find(id), amount), Standing(afterResult.Find(id), amount), amount));
        }

        var changes = employees.ToImmutable();
        return new PlanDiff(afterResult.Period ?? beforeResult.Period, changes, GradeMigration.Build(before.Grades, after.Grades, changes), baseColumn, diagnostics.ToSortedArray());
    }

    private static EmployeeStanding? Standing(EmployeeResult? result, decimal? baseAmount) => result is null
        ? null
        : new EmployeeStanding(result.Score, result.Rank, result.GroupSize, result.Group, result.Grade, result.Multiplier,
            baseAmount is { } amount ? Math.Round(amount * result.Multiplier, 2, MidpointRounding.AwayFromZero) : null);

    private static PlanDiff Empty(string? baseColumn, DiagnosticBag diagnostics) =>
        new(null, [], GradeMigration.Build([], [], []), baseColumn, diagnostics.ToSortedArray());

    private static string Cadence(PerfPlan plan) => plan.Cadence.ToString().ToLowerInvariant();
}
