using System.Runtime.InteropServices;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Runtime;

namespace PerfRules.Data;

/// <summary>
/// Gathers the rows that fall inside one plan period: a row of the plan's cadence goes straight to the employee's
/// slot; finer rows wait until every row is read, then are checked against each other (duplicates, mixed
/// cadences, rejected rows) and rolled up. Slots keep the order in which employees first appear.
/// </summary>
internal sealed class PeriodAccumulator
{
    private readonly InputTable _inputs;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly List<string> _employees = [];

    // Per slot. Line 0 means "no row of the plan's cadence"; finer rows are chained as index + 1, 0 ending the chain.
    private readonly ValueList<int> _planLine = new();
    private readonly ValueList<bool> _planAccepted = new();
    private readonly ValueList<int> _lastFine = new();
    private readonly ValueStore[] _slotValues;

    // Per finer row.
    private readonly ValueList<PerfPeriod> _finePeriod = new();
    private readonly ValueList<int> _fineLine = new();
    private readonly ValueList<bool> _fineAccepted = new();
    private readonly ValueList<int> _finePrevious = new();
    private readonly ValueStore[] _fineValues;

    public PeriodAccumulator(PerfPeriod period, InputTable inputs)
    {
        Period = period;
        _inputs = inputs;
        _slotValues = new ValueStore[inputs.Count];
        _fineValues = new ValueStore[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            _slotValues[i] = ValueStore.For(inputs[i].Type);
            _fineValues[i] = ValueStore.For(inputs[i].Type);
        }
    }

    public PerfPeriod Period { get; }

    public int SlotOf(string employee)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slotOf, employee, out var known);
        if (known) return slot;
        slot = _employees.Count;
        _employees.Add(employee);
        return slot;
    }

    /// <summary>The line of the employee's row of the plan's cadence, or 0 when it has none yet.</summary>
    public int PlanLineOf(int slot) => _planLine[slot];

    /// <summary>Records a row of the plan's cadence; <paramref name="values"/> is null for a row with errors.</summary>
    public void AddPlanRow(int slot, int line, RowValues? values)
    {
        _planLine[slot] = line;
        _planAccepted[slot] = values is not null;
        if (values is null) return;
        for (var i = 0; i < _slotValues.Length; i++) _slotValues[i].Take(values, i, slot);
    }

    /// <summary>Records a finer row; <paramref name="values"/> is null for a row with errors.</summary>
    public void AddFineRow(int slot, PerfPeriod period, int line, RowValues? values)
    {
        var index = _finePeriod.Count;
        _finePeriod.Add(period);
        _fineLine.Add(line);
        _fineAccepted.Add(values is not null);
        _finePrevious.Add(_lastFine[slot]);
        _lastFine[slot] = index + 1;
        if (values is null) return;
        for (var i = 0; i < _fineValues.Length; i++) _fineValues[i].Take(values, i, index);
    }

    /// <summary>Settles every slot, reporting what keeps one out, and returns the snapshot (null when no row is left).</summary>
    public PeriodSnapshot? Finish(RosterAssembler report)
    {
        var kept = new List<int>(_employees.Count);
        var group = new List<int>();
        Comparison<int> byPeriodThenLine = (a, b) =>
        {
            var order = _finePeriod[a].CompareTo(_finePeriod[b]);
            return order != 0 ? order : _fineLine[a].CompareTo(_fineLine[b]);
        };

        for (var slot = 0; slot < _employees.Count; slot++)
        {
            if (_lastFine[slot] == 0)
            {
                if (_planAccepted[slot]) kept.Add(slot);
                continue;
            }

            group.Clear();
            for (var f = _lastFine[slot]; f != 0; f = _finePrevious[f - 1]) group.Add(f - 1);
            group.Sort(byPeriodThenLine);
            DropDuplicates(slot, group, report);
            if (Settle(slot, group, report)) kept.Add(slot);
        }

        if (kept.Count == 0) return null;
        var slots = CollectionsMarshal.AsSpan(kept);
        var employees = ImmutableArray.CreateBuilder<string>(slots.Length);
        foreach (var slot in slots) employees.Add(_employees[slot]);
        var columns = ImmutableArray.CreateBuilder<InputColumn>(_slotValues.Length);
        foreach (var store in _slotValues) columns.Add(store.ToColumn(slots));
        return new PeriodSnapshot(Period, employees.MoveToImmutable(), columns.MoveToImmutable());
    }

    /// <summary>Keeps the first row (by line) of each finer period and reports the others.</summary>
    private void DropDuplicates(int slot, List<int> group, RosterAssembler report)
    {
        var write = 0;
        for (var read = 0; read < group.Count; read++)
        {
            var row = group[read];
            if (write > 0 && _finePeriod[group[write - 1]] == _finePeriod[row])
            {
                report.ReportAt(DiagnosticCode.DuplicateRow, _fineLine[row], report.PeriodColumn,
                    _employees[slot], _finePeriod[row], report.Position(_fineLine[group[write - 1]]));
                continue;
            }

            group[write++] = row;
        }

        group.RemoveRange(write, group.Count - write);
    }

    /// <summary>
    /// Decides a slot that has finer rows. Its rows must all be of one cadence: the cadence with the most rows wins
    /// (on a tie, the one whose first row comes first) and the others are reported. Finer rows roll up only when
    /// none of them was rejected, since a roll-up without one of its rows would be wrong without saying so.
    /// </summary>
    private bool Settle(int slot, List<int> group, RosterAssembler report)
    {
        Span<int> count = stackalloc int[5];
        Span<int> firstLine = stackalloc int[5];
        firstLine.Fill(int.MaxValue);
        var plan = (int)_inputs.PlanCadence;
        var planLine = _planLine[slot];
        if (planLine > 0)
        {
            count[plan]++;
            firstLine[plan] = planLine;
        }

        foreach (var row in group)
        {
            var cadence = (int)_finePeriod[row].Cadence;
            count[cadence]++;
            firstLine[cadence] = Math.Min(firstLine[cadence], _fineLine[row]);
        }

        var winner = 0;
        for (var c = 1; c < count.Length; c++)
            if (count[c] > count[winner] || (count[c] == count[winner] && firstLine[c] < firstLine[winner])) winner = c;

        var employee = _employees[slot];
        var winnerName = PeriodText.Name((Cadence)winner);
        if (planLine > 0 && winner != plan)
            report.ReportAt(DiagnosticCode.MixedCadence, planLine, report.PeriodColumn, employee, winnerName, PeriodText.Name(_inputs.PlanCadence), Period);

        var firstRejected = -1;
        var write = 0;
        for (var read = 0; read < group.Count; read++)
        {
            var row = group[read];
            var cadence = _finePeriod[row].Cadence;
            if ((int)cadence != winner)
            {
                report.ReportAt(DiagnosticCode.MixedCadence, _fineLine[row], report.PeriodColumn, employee, winnerName, PeriodText.Name(cadence), Period);
                continue;
            }

            if (!_fineAccepted[row] && firstRejected < 0) firstRejected = row;
            group[write++] = row;
        }

        group.RemoveRange(write, group.Count - write);
        if (winner == plan) return _planAccepted[slot];
        if (firstRejected >= 0)
        {
            foreach (var row in group)
                if (_fineAccepted[row])
                    report.ReportAt(DiagnosticCode.IncompleteRollup, _fineLine[row], report.PeriodColumn,
                        employee, Period, winnerName, report.Position(_fineLine[firstRejected]));
            return false;
        }

        var order = CollectionsMarshal.AsSpan(group);
        for (var i = 0; i < _slotValues.Length; i++) _slotValues[i].Combine(_inputs[i].Rollup, _fineValues[i], order, slot);
        return true;
    }
}
