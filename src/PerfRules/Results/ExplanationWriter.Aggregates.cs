using PerfRules.Runtime;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>The group aggregates section (spec 12.2): each aggregate the plan reads, with its group and how many members it added.</summary>
internal sealed partial class ExplanationWriter
{
    /// <summary>
    /// Every group aggregate of the plan, with the group it was taken over and how many values it added. The same
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
            var text = Source(call.Symbol);
            if (!shown.Add(text)) continue;
            var group = call.Definition.GroupOf(_frame, _row);
            var result = AggregateAccess.Table(_frame, call.Definition).Read(group);
            var over = call.Symbol.By is { } by ? GroupText(by.Name, group) : "the whole roster";
            var filter = call.Symbol.Where is null ? "" : " where the condition holds";
            var members = result.Count == 1 ? "1 employee" : $"{result.Count} employees";
            var value = ExplanationNumbers.Any(result.Number, _units.Of(call.Symbol), inFormula: false);
            Add(Step.Aggregates, 1, $"{text} = {value} over {over}: {members} with a value{filter}");
        }
    }
}
