using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Compilation;

/// <summary>A history call of the plan, compiled on its own so that an explanation can show the value it read.</summary>
internal sealed record HistoryCallPlan(BoundHistory Symbol, Func<PeriodFrame, int, object?> Read, InputType? MoneyType);
