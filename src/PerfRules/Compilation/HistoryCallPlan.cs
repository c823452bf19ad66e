using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Compilation;

/// <summary>
/// A history call of the plan, compiled on its own so that an explanation can show the value it read, and its
/// argument too, so that the explanation can show what the argument was in each period the call looked at.
/// </summary>
internal sealed record HistoryCallPlan(
    BoundHistory Symbol,
    Func<PeriodFrame, int, object?> Read,
    Func<PeriodFrame, int, object?> Argument);
