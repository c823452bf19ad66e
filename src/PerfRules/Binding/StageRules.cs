namespace PerfRules.Binding;

/// <summary>
/// The stage from which each built-in value is known (spec 7 and 12.9). An expression may read a value only when
/// its own place is at that stage or later. Inputs, metrics, literals and <c>previous</c> are known from the start.
/// </summary>
internal static class StageRules
{
    /// <summary><c>score</c> and <c>score(NAME)</c>: KPI scores are done before the vetoes.</summary>
    public const Stage Score = Stage.Veto;

    /// <summary><c>rank</c>, <c>group_size</c> and <c>top</c>, main or named: ranks are done before the grades.</summary>
    public const Stage Ranking = Stage.Grade;

    /// <summary><c>grade</c>: levels lines may read it.</summary>
    public const Stage Grade = Stage.Level;

    /// <summary><c>level(NAME)</c>: payout lines may read it.</summary>
    public const Stage Level = Stage.Payout;

    /// <summary><c>multiplier</c> and awards: only awards and flags come after the payout lines.</summary>
    public const Stage Payout = Stage.Award;

    /// <summary>The stage as a user names it in "known only from the ... stage on".</summary>
    public static string Word(Stage stage) => stage switch
    {
        Stage.Metric => "metric",
        Stage.Veto => "veto",
        Stage.Rank => "rank",
        Stage.Grade => "grade",
        Stage.Level => "levels",
        Stage.Payout => "payout",
        Stage.Award => "award",
        _ => "flag",
    };
}
