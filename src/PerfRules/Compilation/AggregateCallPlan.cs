using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Compilation;

/// <summary>A group aggregate of the plan, defined on its own so that an explanation can show its value and group.</summary>
internal sealed record AggregateCallPlan(BoundAggregate Symbol, AggregateDefinition Definition);
