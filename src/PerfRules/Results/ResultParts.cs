namespace PerfRules.Results;

/// <summary>One dimension of an employee's score.</summary>
/// <param name="Name">The dimension's name.</param>
/// <param name="Weight">Its weight as a fraction (60% is 0.6).</param>
/// <param name="Score">The shown score (2 decimals), or null when every KPI of it was left out.</param>
/// <param name="ExactScore">The exact score the total was built from.</param>
/// <param name="IsLeftOut">Whether the dimension was left out of the total (all its KPIs were skipped).</param>
/// <param name="Kpis">Its KPIs in file order.</param>
public sealed record DimensionResult(string Name, decimal Weight, decimal? Score, decimal? ExactScore, bool IsLeftOut, ImmutableArray<KpiResult> Kpis);

/// <summary>One KPI of an employee's score.</summary>
/// <param name="Name">The KPI's name: the input or metric it scores.</param>
/// <param name="Weight">Its weight inside its dimension as a fraction.</param>
/// <param name="Value">The value scored, or null when missing.</param>
/// <param name="Score">The shown score (2 decimals); null when skipped.</param>
/// <param name="ExactScore">The exact score the dimension was built from; null when skipped.</param>
/// <param name="IsMissing">Whether the value (or a <c>score =</c> expression) was missing.</param>
/// <param name="IsSkipped">Whether the KPI was left out (<c>missing skip</c>) and its weight shared among the others.</param>
/// <param name="NextLine">For ladder KPIs, the next line not yet reached and how far away it is; null otherwise or when all are reached.</param>
public sealed record KpiResult(string Name, decimal Weight, decimal? Value, decimal? Score, decimal? ExactScore, bool IsMissing, bool IsSkipped, LadderProgress? NextLine);

/// <summary>The next ladder line an employee has not reached.</summary>
/// <param name="Line">The line's name, such as <c>challenge</c>.</param>
/// <param name="Threshold">Its threshold.</param>
/// <param name="Distance">How far the value is from it (always positive: how much more, or for lower-is-better, how much less).</param>
public sealed record LadderProgress(string Line, decimal Threshold, decimal Distance);

/// <summary>A flag attached to an employee.</summary>
/// <param name="Name">The flag's name.</param>
/// <param name="Message">Its message.</param>
public sealed record FlagResult(string Name, string Message);

/// <summary>An employee's place in a named ranking (spec 12.4).</summary>
/// <param name="Name">The ranking's name.</param>
/// <param name="Rank">Competition rank within the group.</param>
/// <param name="Group">The group ("" without <c>within</c> or for an empty value).</param>
/// <param name="GroupSize">The number of employees in the group.</param>
public sealed record RankingResult(string Name, int Rank, string Group, int GroupSize);

/// <summary>The level an employee was placed on by a <c>levels</c> block.</summary>
/// <param name="Name">The levels block's name.</param>
/// <param name="Level">The line that held.</param>
public sealed record LevelResult(string Name, string Level);

/// <summary>An award amount.</summary>
/// <param name="Name">The award's name.</param>
/// <param name="Label">Its label.</param>
/// <param name="Amount">The amount, rounded to 2 decimals; null when missing.</param>
public sealed record AwardResult(string Name, string Label, decimal? Amount);
