using System.Collections.Frozen;
using System.Reflection;
using Superpower.Display;

namespace PerfRules.Syntax;

/// <summary>
/// The reserved words of the language and the roles some of them play: starting a declaration, naming a built-in
/// function, or standing alone as a built-in value. The spellings come from <see cref="PerfToken"/>'s attributes so
/// that the enum stays the one list of keywords.
/// </summary>
internal static class Keywords
{
    private static readonly Dictionary<string, PerfToken> ByText = ReadKeywords();
    private static readonly Dictionary<string, PerfToken>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByText.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<PerfToken, string> TextOf = ByText.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The keywords a top-level declaration starts with; error recovery resumes at one of them.</summary>
    public static readonly FrozenSet<PerfToken> DeclarationStarts = FrozenSet.Create(
        PerfToken.Plan, PerfToken.Period, PerfToken.Input, PerfToken.Metric, PerfToken.Dimension, PerfToken.Veto,
        PerfToken.Rank, PerfToken.Grades, PerfToken.Payout, PerfToken.Flag, PerfToken.Profile, PerfToken.Award,
        PerfToken.Levels);

    /// <summary>Keywords that may be called like a function: <c>min(a, b)</c>, <c>top(10%)</c>, <c>group_sum(x by team)</c>.</summary>
    public static readonly FrozenSet<PerfToken> Functions = FrozenSet.Create(
        PerfToken.Min, PerfToken.Max, PerfToken.Abs, PerfToken.Round, PerfToken.Clamp, PerfToken.If, PerfToken.Coalesce,
        PerfToken.IsMissing, PerfToken.Previous, PerfToken.Sum, PerfToken.Avg, PerfToken.Streak, PerfToken.Score,
        PerfToken.Rank, PerfToken.GroupSize, PerfToken.Top, PerfToken.Highest, PerfToken.Lowest, PerfToken.Times,
        PerfToken.Latest, PerfToken.Level, PerfToken.GroupSum, PerfToken.GroupAvg, PerfToken.GroupMin,
        PerfToken.GroupMax, PerfToken.GroupCount, PerfToken.DaysBetween, PerfToken.MonthsBetween);

    /// <summary>The group aggregates, the only calls that take <c>by NAME</c> and <c>where COND</c>.</summary>
    public static readonly FrozenSet<PerfToken> Aggregates = FrozenSet.Create(
        PerfToken.GroupSum, PerfToken.GroupAvg, PerfToken.GroupMin, PerfToken.GroupMax, PerfToken.GroupCount);

    /// <summary>Keywords that stand alone as a built-in value in an expression: <c>score</c>, <c>rank</c>, ...</summary>
    public static readonly FrozenSet<PerfToken> BuiltInValues = FrozenSet.Create(
        PerfToken.Score, PerfToken.Rank, PerfToken.GroupSize, PerfToken.Grade, PerfToken.Multiplier,
        PerfToken.PeriodStart, PerfToken.PeriodEnd);

    /// <summary>The types an input may have.</summary>
    public static readonly FrozenSet<PerfToken> InputTypes = FrozenSet.Create(
        PerfToken.Number, PerfToken.Money, PerfToken.Count, PerfToken.Percent, PerfToken.Text, PerfToken.Flag,
        PerfToken.Date);

    /// <summary>The ways an input's finer rows are combined.</summary>
    public static readonly FrozenSet<PerfToken> Rollups = FrozenSet.Create(
        PerfToken.Sum, PerfToken.Avg, PerfToken.Min, PerfToken.Max, PerfToken.Last);

    /// <summary>The directions of a rank key.</summary>
    public static readonly FrozenSet<PerfToken> RankDirections = FrozenSet.Create(PerfToken.Asc, PerfToken.Desc);

    /// <summary>The cadences a plan may have.</summary>
    public static readonly FrozenSet<PerfToken> Cadences = FrozenSet.Create(
        PerfToken.Month, PerfToken.Quarter, PerfToken.Year, PerfToken.Week);

    /// <summary>The keyword spelled exactly as <paramref name="text"/>, if there is one.</summary>
    public static bool TryGet(ReadOnlySpan<char> text, out PerfToken kind) => BySpan.TryGetValue(text, out kind);

    /// <summary>Whether a token kind is a reserved word.</summary>
    public static bool IsKeyword(PerfToken kind) => TextOf.ContainsKey(kind);

    /// <summary>How a keyword is written.</summary>
    public static string Spelling(PerfToken kind) => TextOf[kind];

    private static Dictionary<string, PerfToken> ReadKeywords()
    {
        var keywords = new Dictionary<string, PerfToken>(StringComparer.Ordinal);
        foreach (var field in typeof(PerfToken).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var token = field.GetCustomAttribute<TokenAttribute>();
            if (token is { Category: "keyword", Example: { } spelling })
                keywords.Add(spelling, (PerfToken)field.GetValue(null)!);
        }

        return keywords;
    }
}
