using System.Runtime.InteropServices;
using PerfRules.Diagnostics;
using PerfRules.Periods;

namespace PerfRules.Results;

/// <summary>
/// The results of one scored period: one <see cref="EmployeeResult"/> per employee with a row in it, ordered as
/// spec section 10 orders output rows (group, then rank, then employee id, both texts by ordinal comparison), and
/// the diagnostics met on the way (data errors of rows that could not be scored).
/// </summary>
public sealed class EvaluationResult
{
    // Built on the first Find: most hosts only walk Employees, and a lookup of every id costs as much as ranking.
    private Dictionary<string, EmployeeResult>? _byEmployee;

    // The views over the evaluated period, made on the first read of Employees (one object per employee: at a
    // million employees, a twentieth of an evaluation), and the way to make them until then.
    private EmployeeResult[]? _employees;
    private readonly Func<EmployeeResult[]>? _makeEmployees;

    internal EvaluationResult(PerfPeriod? period, ImmutableArray<EmployeeResult> employees, ImmutableArray<PerfPeriod> history, ImmutableArray<Diagnostic> diagnostics, string? planName, string? planContentHash)
        : this(period, history, diagnostics, planName, planContentHash)
    {
        _employees = ImmutableCollectionsMarshal.AsArray(employees) ?? [];
    }

    /// <summary>A result whose employees are made by <paramref name="makeEmployees"/> when first read, in output order.</summary>
    internal EvaluationResult(PerfPeriod? period, Func<EmployeeResult[]> makeEmployees, ImmutableArray<PerfPeriod> history, ImmutableArray<Diagnostic> diagnostics, string? planName, string? planContentHash)
        : this(period, history, diagnostics, planName, planContentHash)
    {
        _makeEmployees = makeEmployees;
    }

    private EvaluationResult(PerfPeriod? period, ImmutableArray<PerfPeriod> history, ImmutableArray<Diagnostic> diagnostics, string? planName, string? planContentHash)
    {
        Period = period;
        PlanName = planName;
        PlanContentHash = planContentHash;
        HistoryPeriods = history;
        Diagnostics = diagnostics;
    }

    /// <summary>The name (<c>plan "NAME"</c>) of the plan that produced the result, or null when it has none.</summary>
    public string? PlanName { get; }

    /// <summary>
    /// The <see cref="PerfPlan.ContentHash"/> of the plan that produced the result, such as <c>sha256:0f34...</c>:
    /// kept with the result, it tells months later exactly which text of the rules gave these grades. Null only when
    /// a <see cref="Hosting.PlanRegistry"/> had no plan to score with.
    /// </summary>
    public string? PlanContentHash { get; }

    /// <summary>The period scored, or null when nothing could be scored.</summary>
    public PerfPeriod? Period { get; }

    /// <summary>The employees of the scored period in output order.</summary>
    public ImmutableArray<EmployeeResult> Employees
    {
        get
        {
            // Two threads may both make them; the first to publish wins, so every reader sees the same objects.
            if (Volatile.Read(ref _employees) is not { } employees)
            {
                Interlocked.CompareExchange(ref _employees, _makeEmployees!(), null);
                employees = _employees!;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(employees);
        }
    }

    /// <summary>The earlier periods that were evaluated as history, oldest first.</summary>
    public ImmutableArray<PerfPeriod> HistoryPeriods { get; }

    /// <summary>Errors and warnings, in position order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error: some row was not scored, or nothing could be.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The result of one employee, or null when the employee has no row in the scored period.</summary>
    public EmployeeResult? Find(string employee)
    {
        var byEmployee = Volatile.Read(ref _byEmployee);
        if (byEmployee is null)
        {
            // Two threads may both build it; each builds the same map, and either one is kept.
            byEmployee = new Dictionary<string, EmployeeResult>(Employees.Length, StringComparer.Ordinal);
            foreach (var result in Employees) byEmployee[result.Employee] = result;
            Volatile.Write(ref _byEmployee, byEmployee);
        }

        return byEmployee.GetValueOrDefault(employee);
    }
}
