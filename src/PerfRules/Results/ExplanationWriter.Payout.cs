using PerfRules.Binding;
using PerfRules.Runtime;
using PerfRules.Text;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>Requirements, the multiplier lines tried, awards and flags.</summary>
internal sealed partial class ExplanationWriter
{
    private void WritePayout()
    {
        Add(Step.Payout, 0, "Payout");
        var multiplier = ValueFormat.Trimmed(_result.Multiplier);
        if (_plan.Bound.Payout is not { } payout)
        {
            Add(Step.Payout, 1, _result.IsVetoed
                ? "multiplier 0: vetoed, so nothing is paid"
                : "multiplier 1: the plan has no payout block");
            return;
        }

        for (var r = 0; r < payout.Requires.Length; r++)
        {
            var require = payout.Requires[r];
            var failed = _frame.RequireFailed[r][_row];
            Add(Step.Payout, 1, $"require {WithValues(require.Condition)} " + (failed ? $"fails{MissingNote(require.Condition, false)}: \"{require.Reason}\"" : "holds"));
        }

        switch (_frame.MultiplierNote[_row])
        {
            case MultiplierNote.Vetoed:
                Add(Step.Payout, 1, "multiplier 0: vetoed, so nothing is paid and no multiplier line is tried");
                return;
            case MultiplierNote.RequireFailed:
                Add(Step.Payout, 1, "multiplier 0: a requirement failed, so nothing is paid and no multiplier line is tried");
                return;
        }

        var chosen = _frame.MultiplierLine[_row];
        for (var m = 0; m <= chosen; m++)
        {
            var line = payout.Multipliers[m];
            var text = $"multiplier {Source(line.Value)}";
            if (line.When is { } when)
            {
                var values = ConditionValues(when);
                text += $" when {Source(when)} {(m == chosen ? "holds" : "fails")}" + (values is null ? "" : $" ({values})") + MissingNote(when, m == chosen);
            }
            else
            {
                text += ": the catch-all line";
            }

            if (m == chosen) text += ": " + MultiplierOutcome(line, multiplier);
            Add(Step.Payout, 1, text);
        }
    }

    private string MultiplierOutcome(MultiplierLine line, string multiplier)
    {
        var values = _values.Substitute(line.Value, _frame, _row);
        var computed = values is null ? "" : $"{values} = ";
        return _frame.MultiplierNote[_row] switch
        {
            MultiplierNote.ValueMissing => $"{computed}missing, so the multiplier is 0",
            MultiplierNote.ValueNegative => $"{computed}{Plain(_plan.Payout!.Values[_frame.MultiplierLine[_row]](_frame, _row)!.Value)}, below 0, so the multiplier is 0",
            _ => $"{computed}multiplier {multiplier}",
        };
    }

    private void WriteAwards()
    {
        if (_plan.Awards.IsEmpty) return;
        Add(Step.Awards, 0, "Awards");
        var paysNothing = _frame.MultiplierNote[_row] is MultiplierNote.Vetoed or MultiplierNote.RequireFailed;
        foreach (var award in _plan.AwardsInFileOrder)
        {
            var amount = _frame.Numbers[award.Slot][_row];
            var head = $"{award.Symbol.Name} \"{award.Symbol.Label}\" = {Source(award.Symbol.Expression!)}";
            if (paysNothing)
            {
                Add(Step.Awards, 1, $"{head}: 0.00, since {(_result.IsVetoed ? "the employee is vetoed" : "a requirement failed")} and nothing is paid");
                continue;
            }

            var values = _values.Substitute(award.Symbol.Expression!, _frame, _row);
            var exact = award.Value(_frame, _row);
            var rounded = exact is { } e && amount is { } a && e != a ? $" = {ExplanationNumbers.Money(e)}, rounded to {ExplanationNumbers.Money(a)}" : "";
            var shown = amount is { } shownAmount ? ExplanationNumbers.Money(shownAmount) : "missing" + MissingBecause(award.Symbol.Expression!);
            Add(Step.Awards, 1, $"{head}{(values is null ? "" : " = " + values)}{(rounded.Length > 0 ? rounded : " = " + shown)}");
        }
    }

    private void WriteFlags()
    {
        var flags = _plan.Bound.Flags;
        if (flags.IsEmpty) return;
        Add(Step.Flags, 0, "Flags");
        for (var f = 0; f < flags.Length; f++)
        {
            var holds = _frame.FlagHolds[f][_row];
            Add(Step.Flags, 1, $"{flags[f].Name} when {WithValues(flags[f].Condition)} " + (holds ? $"holds: \"{flags[f].Message}\"" : "does not hold" + MissingNote(flags[f].Condition, holds)));
        }
    }
}
