using System.Globalization;
using NodaTime;
using PerfRules.Diagnostics;
using PerfRules.Periods;

namespace PerfRules.Data;

/// <summary>
/// The core that both roster readers share: it takes one row at a time (its values already converted from text or
/// from host objects), applies the rules every value and row must follow, reports each broken rule at its line and
/// column, and gathers the rows that pass into the plan's periods. A row with any error is left out, and every
/// error of every row is reported.
/// </summary>
/// <remarks>
/// The protocol per row: <see cref="BeginRow"/>, one call per input (<see cref="SetMissing"/>, a setter or an error),
/// then <see cref="EndRow"/>. Finally <see cref="Build"/> settles roll-ups and returns the roster.
/// </remarks>
internal sealed class RosterAssembler
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<PerfPeriod, PeriodAccumulator> _periods = [];
    private readonly string _positionNoun;
    private PeriodAccumulator? _lastPeriod;
    private int _line;
    private int _rowErrors;

    /// <param name="inputs">The plan's inputs and cadence.</param>
    /// <param name="source">The source name diagnostics carry.</param>
    /// <param name="positionNoun">How a position is named in messages: "line" for a file, "row" for host rows.</param>
    public RosterAssembler(InputTable inputs, string? source, string positionNoun)
    {
        Inputs = inputs;
        _diagnostics = new DiagnosticBag(source);
        _positionNoun = positionNoun;
        Row = new RowValues(inputs.Count);
    }

    public InputTable Inputs { get; }

    /// <summary>The values of the row being read.</summary>
    public RowValues Row { get; }

    /// <summary>The column of row-level errors about the period or the row as a whole: the period cell, or 0 for host rows.</summary>
    public int PeriodColumn { get; set; }

    /// <summary>"line 12" (or "row 12" for host rows).</summary>
    public string Position(int line) => _positionNoun + " " + line.ToString(CultureInfo.InvariantCulture);

    public void BeginRow(int line)
    {
        _line = line;
        _rowErrors = 0;
        Row.Clear();
    }

    /// <summary>An error of the current row: the row is left out.</summary>
    public void RowError(DiagnosticCode code, int column, params object?[] args)
    {
        _rowErrors++;
        ReportAt(code, _line, column, args);
    }

    /// <summary>An error at any position (the header, the file, or a row already read).</summary>
    public void ReportAt(DiagnosticCode code, int line, int column, params object?[] args) =>
        _diagnostics.Error(code, new SourceSpan(0, 0, line, column), args);

    public void WarnAt(DiagnosticCode code, int line, int column, params object?[] args) =>
        _diagnostics.Warn(code, new SourceSpan(0, 0, line, column), args);

    // ---- values: the rules every reader shares ------------------------------------------------------

    /// <summary>An empty value: missing for an optional input, an error otherwise.</summary>
    public void SetMissing(int input, int column, string employee)
    {
        if (!Inputs[input].Optional) RowError(DiagnosticCode.EmptyRequiredValue, column, Inputs[input].Name, employee);
    }

    /// <summary>A number for a number, money, count or percent input; a count must be whole and 0 or more.</summary>
    public void SetNumber(int input, decimal value, int column, string employee, ReadOnlySpan<char> shown)
    {
        if (Inputs[input].Type == InputType.Count)
        {
            var whole = decimal.Truncate(value);
            if (value < 0 || value != whole)
            {
                RowError(DiagnosticCode.InvalidCount, column, Inputs[input].Name, employee, shown.ToString());
                return;
            }

            value = whole; // 3.0 and 3.00 are the count 3
        }

        Row.Numbers[input] = value;
    }

    public void SetFlag(int input, bool value) => Row.Flags[input] = value;

    public void SetText(int input, string value) => Row.Texts[input] = value;

    public void SetDate(int input, LocalDate value) => Row.Dates[input] = value;

    /// <summary>A value that is not of the input's type, with the reason.</summary>
    public void InvalidValue(int input, int column, string employee, ReadOnlySpan<char> text, string reason) =>
        RowError(DiagnosticCode.InvalidValue, column, Shorten(text), InputTable.TypeName(Inputs[input].Type), Inputs[input].Name, employee, reason);

    // ---- rows ---------------------------------------------------------------------------------------

    /// <summary>
    /// Ends the current row. <paramref name="employee"/> and <paramref name="period"/> are null when they were
    /// invalid (and already reported). The period must be the plan's cadence or roll up into it. With
    /// <paramref name="quiet"/> (a row whose cells cannot be trusted) only the row's place is recorded, so that a
    /// roll-up it belongs to is not completed without it.
    /// </summary>
    public void EndRow(string? employee, PerfPeriod? period, bool quiet = false)
    {
        if (period is not { } rowPeriod) return;
        var plan = Inputs.PlanCadence;
        var shownEmployee = employee ?? "";
        PerfPeriod container;
        if (!rowPeriod.CanRollUpInto(plan))
        {
            if (quiet) return;
            if (rowPeriod.Cadence == Cadence.Week)
                RowError(DiagnosticCode.WeekNotCombinable, PeriodColumn, shownEmployee, rowPeriod, PeriodText.Name(plan));
            else
                RowError(DiagnosticCode.PeriodTooCoarse, PeriodColumn, shownEmployee, PeriodText.Name(rowPeriod.Cadence), rowPeriod, PeriodText.Name(plan));
            return;
        }

        if (!rowPeriod.TryGetContainingPeriod(plan, out container))
        {
            if (!quiet) RowError(DiagnosticCode.InvalidPeriod, PeriodColumn, rowPeriod, "its week ends after 9999-12-31");
            return;
        }

        var finer = rowPeriod.Cadence != plan;
        if (finer && Inputs.WithoutRollup is { } names && !quiet)
            RowError(DiagnosticCode.MissingRollup, PeriodColumn, shownEmployee, PeriodText.Name(rowPeriod.Cadence), rowPeriod, PeriodText.Name(plan), container, names);

        if (employee is null) return;
        var accumulator = AccumulatorFor(container);
        var slot = accumulator.SlotOf(employee);
        var values = _rowErrors == 0 ? Row : null;
        if (finer)
        {
            accumulator.AddFineRow(slot, rowPeriod, _line, values);
            return;
        }

        var firstLine = accumulator.PlanLineOf(slot);
        if (firstLine > 0)
        {
            RowError(DiagnosticCode.DuplicateRow, PeriodColumn, employee, rowPeriod, Position(firstLine));
            return;
        }

        accumulator.AddPlanRow(slot, _line, values);
    }

    /// <summary>A roster of everything read so far; <paramref name="readable"/> false gives no periods (a header that makes no row readable).</summary>
    public Roster Build(bool readable = true)
    {
        var snapshots = ImmutableArray.CreateBuilder<Runtime.PeriodSnapshot>();
        if (readable)
        {
            var ordered = _periods.Values.ToList();
            ordered.Sort((a, b) => a.Period.CompareTo(b.Period));
            foreach (var accumulator in ordered)
                if (accumulator.Finish(this) is { } snapshot) snapshots.Add(snapshot);
        }

        return new Roster(Inputs, _diagnostics.Source, snapshots.ToImmutable(), _diagnostics.ToSortedArray());
    }

    private PeriodAccumulator AccumulatorFor(PerfPeriod container)
    {
        if (_lastPeriod is { } last && last.Period == container) return last;
        if (!_periods.TryGetValue(container, out var accumulator))
        {
            accumulator = new PeriodAccumulator(container, Inputs);
            _periods.Add(container, accumulator);
        }

        _lastPeriod = accumulator;
        return accumulator;
    }

    /// <summary>The text of a bad value as a message shows it: long cells are cut, so one cell cannot flood the output.</summary>
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
