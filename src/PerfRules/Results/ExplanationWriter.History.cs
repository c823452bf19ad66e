using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>The history section: each value read from earlier periods, with the periods it came from.</summary>
internal sealed partial class ExplanationWriter
{
    private void WriteHistory()
    {
        var calls = _plan.HistoryCalls;
        if (calls.IsEmpty) return;
        Add(Step.History, 0, "History");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            var text = Source(call.Symbol);
            if (seen.Add(text)) Add(Step.History, 1, $"{text} = {HistoryExplanation.Describe(call, _frame, _row, _units)}");
        }
    }
}
