namespace PerfRules;

/// <summary>A profile of a plan: the top-level dimensions are the profile <c>default</c>.</summary>
/// <param name="Name">The profile's name.</param>
/// <param name="Dimensions">Its dimensions in file order.</param>
public sealed record PlanProfile(string Name, ImmutableArray<PlanDimension> Dimensions);

/// <summary>A dimension of a plan.</summary>
/// <param name="Name">The dimension's name.</param>
/// <param name="Weight">Its weight as a fraction (60% is 0.6).</param>
/// <param name="Kpis">Its KPIs in file order.</param>
public sealed record PlanDimension(string Name, decimal Weight, ImmutableArray<PlanKpi> Kpis);

/// <summary>A KPI of a plan.</summary>
/// <param name="Name">The input or metric it scores.</param>
/// <param name="Weight">Its weight inside its dimension as a fraction.</param>
/// <param name="Curve">The curve's kind: <c>linear</c>, <c>ladder</c>, <c>bands</c> or <c>score</c>.</param>
/// <param name="SkipWhenMissing">Whether <c>missing skip</c> is set.</param>
public sealed record PlanKpi(string Name, decimal Weight, string Curve, bool SkipWhenMissing);
