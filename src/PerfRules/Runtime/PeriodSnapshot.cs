using PerfRules.Periods;

namespace PerfRules.Runtime;

/// <summary>
/// One plan period's facts: one row per employee, one typed value (or missing) per input of the plan.
/// Immutable once built. Hosts get snapshots from a roster builder or a CSV reader, which
/// check every value and roll finer rows up into the plan's periods.
/// </summary>
public sealed class PeriodSnapshot
{
    private readonly Dictionary<string, int> _rowByEmployee;

    internal PeriodSnapshot(PerfPeriod period, ImmutableArray<string> employees, ImmutableArray<InputColumn> columns)
    {
        Period = period;
        Employees = employees;
        Columns = columns;
        _rowByEmployee = new Dictionary<string, int>(employees.Length, StringComparer.Ordinal);
        for (var i = 0; i < employees.Length; i++) _rowByEmployee.Add(employees[i], i);
    }

    /// <summary>The plan period these rows belong to.</summary>
    public PerfPeriod Period { get; }

    /// <summary>Employee ids, one per row, in row order.</summary>
    public ImmutableArray<string> Employees { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Employees.Length;

    /// <summary>Input values by input index (the plan's declaration order).</summary>
    internal ImmutableArray<InputColumn> Columns { get; }

    /// <summary>The row of an employee, or -1 when the employee has no row in this period.</summary>
    public int RowOf(string employee) => _rowByEmployee.TryGetValue(employee, out var row) ? row : -1;

    /// <summary>
    /// The value of an input for a row: a <see cref="decimal"/>, <see cref="bool"/>, <see cref="string"/>,
    /// <see cref="NodaTime.LocalDate"/>, or null when missing.
    /// </summary>
    public object? GetValue(int row, int inputIndex) => Columns[inputIndex].GetBoxed(row);
}
