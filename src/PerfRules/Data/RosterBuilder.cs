using PerfRules.Diagnostics;
using PerfRules.Periods;

namespace PerfRules.Data;

/// <summary>
/// Builds a roster from values a host already holds, with the checks and roll-ups of the CSV reader. Values are
/// given by input name as .NET objects: <see cref="decimal"/>, <see cref="int"/> or <see cref="long"/> (and the
/// other integer types) for number, money, count and percent inputs (a percent as a fraction: 0.95m), <see cref="bool"/>
/// for flags, <see cref="string"/> for text, <see cref="NodaTime.LocalDate"/> (or <see cref="DateOnly"/>) for dates,
/// and null for empty. <see cref="double"/> and <see cref="float"/> are refused: they cannot hold most decimals exactly.
/// </summary>
/// <remarks>
/// Diagnostics carry the row's number in the order of <see cref="Add"/> as their line, and the 1-based position of
/// the input among the plan's inputs as their column (0 for a problem of the row as a whole).
/// </remarks>
/// <example>
/// <code>
/// var builder = new RosterBuilder(Cadence.Quarter, inputs);
/// builder.Add("e1", PerfPeriod.Parse("2025-Q1"), new Dictionary&lt;string, object?&gt; { ["revenue"] = 1_650_000m, ["team"] = "north" });
/// var roster = builder.Build();
/// </code>
/// </example>
public sealed class RosterBuilder
{
    private readonly RosterAssembler _rows;
    private int _rowCount;
    private bool _built;

    /// <summary>Starts an empty roster for a plan.</summary>
    /// <param name="planCadence">The cadence of the plan's periods; finer rows roll up into it.</param>
    /// <param name="inputs">The plan's inputs, in declaration order.</param>
    /// <param name="sourceName">The source name the diagnostics carry.</param>
    public RosterBuilder(Cadence planCadence, ImmutableArray<PlanInput> inputs, string sourceName = "snapshot")
    {
        _rows = new RosterAssembler(new InputTable(planCadence, inputs), sourceName, "row");
    }

    /// <summary>Adds one employee's values for one period; inputs not given are empty. Problems become diagnostics.</summary>
    /// <param name="employee">The employee id.</param>
    /// <param name="period">A period of the plan's cadence, or a finer one that rolls up into it.</param>
    /// <param name="values">Values by input name (exact, case-sensitive).</param>
    /// <exception cref="InvalidOperationException">The roster is already built.</exception>
    public void Add(string employee, PerfPeriod period, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_built) throw new InvalidOperationException("The roster is already built; start a new builder.");
        var inputs = _rows.Inputs;
        _rows.BeginRow(++_rowCount);
        var id = employee ?? "";
        if (id.Length == 0) _rows.RowError(DiagnosticCode.EmptyEmployee, 0);

        Span<bool> given = inputs.Count <= 256 ? stackalloc bool[inputs.Count] : new bool[inputs.Count];
        foreach (var (name, value) in values)
        {
            if (name is null || !inputs.TryGetIndex(name, out var input))
            {
                _rows.RowError(DiagnosticCode.UnknownInput, 0, id, name);
                continue;
            }

            given[input] = true;
            HostValue.Read(_rows, input, value, input + 1, id);
        }

        for (var input = 0; input < inputs.Count; input++)
            if (!given[input]) _rows.SetMissing(input, input + 1, id);

        _rows.EndRow(id.Length == 0 ? null : id, period);
    }

    /// <summary>The roster of every row added: its snapshots and diagnostics. A builder builds once.</summary>
    /// <exception cref="InvalidOperationException">The roster is already built.</exception>
    public Roster Build()
    {
        if (_built) throw new InvalidOperationException("The roster is already built; start a new builder.");
        _built = true;
        return _rows.Build();
    }
}
