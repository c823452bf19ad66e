namespace PerfRules.Authoring;

/// <summary>One bar of the score histogram: the employees whose shown score is at least From and under To (the last bar includes 100).</summary>
/// <param name="From">The lower bound, included.</param>
/// <param name="To">The upper bound, excluded except for the last bar.</param>
/// <param name="Count">How many employees.</param>
public sealed record ScoreBin(decimal From, decimal To, int Count)
{
    /// <summary>The bar's label: <c>90-100</c>.</summary>
    public string Label => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{From:0}-{To:0}");
}

/// <summary>The grades given within one group of the main ranking (or the whole roster), against the plan's <c>top</c> targets.</summary>
/// <param name="Group">The group; "" without <c>within</c>; null for the whole roster.</param>
/// <param name="Size">How many employees the group has.</param>
/// <param name="Grades">Each grade of the plan, best first.</param>
public sealed record GradeGroup(string? Group, int Size, ImmutableArray<GradeShare> Grades);

/// <summary>How many employees of a group got a grade, and the share the plan aims at.</summary>
/// <param name="Grade">The grade's name.</param>
/// <param name="Count">How many employees got it.</param>
/// <param name="Share">Count over group size, as a fraction rounded to 4 decimals.</param>
/// <param name="TargetShare">
/// The share the grade's <c>top</c> leaves it: its top minus the top of the line above (S top 5%, A top 20%: A aims at
/// 15%); for the last line, what the tops above leave; null for a line without <c>top</c>.
/// </param>
public sealed record GradeShare(string Grade, int Count, decimal Share, decimal? TargetShare);

/// <summary>How many employees got a payout multiplier.</summary>
/// <param name="Multiplier">The multiplier.</param>
/// <param name="Count">How many employees.</param>
public sealed record MultiplierCount(decimal Multiplier, int Count);

/// <summary>How many employees a veto or a failed requirement hit.</summary>
/// <param name="Reason">Its reason, as the plan writes it.</param>
/// <param name="Count">How many employees.</param>
public sealed record ReasonCount(string Reason, int Count);

/// <summary>How many employees a flag was raised for.</summary>
/// <param name="Name">The flag's name.</param>
/// <param name="Count">How many employees.</param>
public sealed record FlagCount(string Name, int Count);
