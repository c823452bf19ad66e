namespace PerfRules;

/// <summary>An input the plan reads from each snapshot row, as declared: <c>input NAME TYPE [ROLLUP] [optional]</c>.</summary>
/// <param name="Name">The input's name, which is also its data column.</param>
/// <param name="Type">The declared type.</param>
/// <param name="Rollup">How finer rows are combined; <see cref="PerfRules.Rollup.None"/> when not declared.</param>
/// <param name="Optional">Whether a row may leave the value empty (missing).</param>
public sealed record PlanInput(string Name, InputType Type, Rollup Rollup, bool Optional);
