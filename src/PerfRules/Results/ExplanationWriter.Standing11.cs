using PerfRules.Binding;
using PerfRules.Runtime;
using PerfRules.Text;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>
/// The version 1.1 parts of an explanation (spec 12.1-12.4): which profile scored the employee and why, the group
/// aggregates the plan read with their groups, the named rankings, and each award with the arithmetic it came from.
/// </summary>
internal sealed partial class ExplanationWriter
{
    /// <summary>The profiles tried in file order, up to the one that held; nothing when the plan has no profiles.</summary>
    private void WriteProfile()
    {
        var profiles = _plan.Profiles;
        if (profiles.Length == 1) return;
        var chosen = _frame.Profile[_row];
        for (var p = 0; p <= chosen && p < profiles.Length - 1; p++)
        {
            var condition = profiles[p].Symbol.Condition!;
            var holds = p == chosen;
            Add(Step.Summary, 1, $"profile {profiles[p].Symbol.Name} when {OneLine(condition)}: {(holds ? "holds" : "does not hold")}");
        }

        if (chosen == profiles.Length - 1) Add(Step.Summary, 1, "no profile's condition holds: the top-level dimensions (default) score the employee");
    }

    /// <summary>
    /// Every group aggregate of the plan, with the group it was taken over and how many values it counted. The same
    /// aggregate written in several places has the same value, so it is shown once.
    /// </summary>
    private void WriteAggregates()
    {
        var calls = _plan.AggregateCalls;
        if (calls.IsEmpty) return;
        Add(Step.Aggregates, 0, "Group aggregates");
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            var text = OneLine(call.Symbol);
            if (!shown.Add(text)) continue;
            var definition = call.Definition;
            var table = AggregateAccess.Table(_frame, definition);
            var group = definition.GroupOf(_frame, _row);
            var result = table.Read(group);
            var over = call.Symbol.By is { } by ? $"{by.Name} \"{group}\"" : "the whole roster";
            var counted = result.Count;
            var filter = call.Symbol.Where is null ? "" : " where the condition holds";
            var type = call.Symbol.Function == AggregateFunction.Count ? null : call.MoneyType;
            Add(Step.Aggregates, 1,
                $"{text} = {ValueFormat.Any(result.Value, type)} over {over}: {counted} {(counted == 1 ? "employee" : "employees")} with a value{filter}");
        }
    }

    /// <summary>The employee's place in each named ranking, with its group and key values.</summary>
    private void WriteNamedRankings()
    {
        for (var r = 1; r < _plan.Rankings.Length; r++)
        {
            var ranking = _plan.Rankings[r].Symbol;
            var group = ranking.Within is { } within ? $"group {within.Name} = \"{_frame.Groups[r]![_row]}\"" : "the whole roster";
            Add(Step.Rank, 1, $"ranking {ranking.Name}: rank {_frame.Ranks[r][_row]} of {_frame.GroupSizes[r][_row]} in {group}");
            var keys = ranking.Keys;
            var values = new List<string>(keys.Length);
            for (var k = 0; k < keys.Length; k++)
            {
                values.Add($"{SourceOf(keys[k].Expression)} {(keys[k].Descending ? "desc" : "asc")} = {KeyText(keys[k], _frame.RankKeys[r], k)}");
            }

            Add(Step.Rank, 2, "keys: " + string.Join(", ", values));
        }
    }

    /// <summary>The plan text of an expression on one line: an award or condition may be written over several.</summary>
    private string OneLine(BoundExpression expression) =>
        string.Join(' ', SourceOf(expression).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A rank key's value as the plan wrote it: flags and dates back from their sortable form.</summary>
    private string KeyText(RankKey key, RankKeyColumns columns, int k) => columns.Texts[k] is { } texts
        ? ValueFormat.Any(texts[_row])
        : ValueFormat.Any(RankKeyConversions.ToValue(columns.Numbers[k]![_row], key.Expression.Type));

    /// <summary>Each award in file order: its expression, its exact value where rounding changed it, and why a veto or requirement pays nothing.</summary>
    private void WriteAwards()
    {
        var awards = _plan.AwardsInFileOrder;
        if (awards.IsEmpty) return;
        Add(Step.Awards, 0, "Awards");
        var paysNothing = _frame.MultiplierNote[_row] switch
        {
            MultiplierNote.Vetoed => "nothing is paid: the employee is vetoed",
            MultiplierNote.RequireFailed => "nothing is paid: a requirement failed",
            _ => null,
        };
        foreach (var award in awards)
        {
            var head = $"{award.Symbol.Name} \"{award.Symbol.Label}\" = {OneLine(award.Symbol.Expression!)}";
            if (paysNothing is not null)
            {
                Add(Step.Awards, 1, $"{head}: 0.00, {paysNothing}");
                continue;
            }

            var shown = _frame.Numbers[award.Slot][_row];
            var exact = award.Value(_frame, _row);
            var amount = shown is { } s
                ? ValueFormat.Score(s) + (exact != shown ? $" (exact {ValueFormat.Trimmed(exact!.Value)}, rounded to 2 decimals)" : "")
                : "missing, shown empty";
            Add(Step.Awards, 1, $"{head} = {amount}");
        }
    }
}
