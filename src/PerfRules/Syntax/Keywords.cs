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
#if NET9_0_OR_GREATER
    private static readonly Dictionary<string, PerfToken>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByText.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    private static readonly Dictionary<PerfToken, string> TextOf = ByText.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The keywords a top-level declaration starts with; error recovery resumes at one of them.</summary>
    public static readonly FrozenSet<PerfToken> DeclarationStarts = SetOf(
        PerfToken.Plan, PerfToken.Period, PerfToken.Input, PerfToken.Metric, PerfToken.Dimension, PerfToken.Veto,
        PerfToken.Rank, PerfToken.Grades, PerfToken.Payout, PerfToken.Flag, PerfToken.Profile, PerfToken.Award,
        PerfToken.Levels);

    /// <summary>Keywords that may be called like a function: <c>min(a, b)</c>, <c>top(10%)</c>, <c>group_sum(x by team)</c>.</summary>
    public static readonly FrozenSet<PerfToken> Functions = SetOf(
        PerfToken.Min, PerfToken.Max, PerfToken.Abs, PerfToken.Round, PerfToken.Clamp, PerfToken.If, PerfToken.Coalesce,
        PerfToken.IsMissing, PerfToken.Previous, PerfToken.Sum, PerfToken.Avg, PerfToken.Streak, PerfToken.Score,
        PerfToken.Rank, PerfToken.GroupSize, PerfToken.Top, PerfToken.Highest, PerfToken.Lowest, PerfToken.Times,
        PerfToken.Latest, PerfToken.Level, PerfToken.GroupSum, PerfToken.GroupAvg, PerfToken.GroupMin,
        PerfToken.GroupMax, PerfToken.GroupCount, PerfToken.DaysBetween, PerfToken.MonthsBetween);

    /// <summary>The group aggregates, the only calls that take <c>by NAME</c> and <c>where COND</c>.</summary>
    public static readonly FrozenSet<PerfToken> Aggregates = SetOf(
        PerfToken.GroupSum, PerfToken.GroupAvg, PerfToken.GroupMin, PerfToken.GroupMax, PerfToken.GroupCount);

    /// <summary>Keywords that stand alone as a built-in value in an expression: <c>score</c>, <c>rank</c>, ...</summary>
    public static readonly FrozenSet<PerfToken> BuiltInValues = SetOf(
        PerfToken.Score, PerfToken.Rank, PerfToken.GroupSize, PerfToken.Grade, PerfToken.Multiplier,
        PerfToken.PeriodStart, PerfToken.PeriodEnd);

    /// <summary>The types an input may have.</summary>
    public static readonly FrozenSet<PerfToken> InputTypes = SetOf(
        PerfToken.Number, PerfToken.Money, PerfToken.Count, PerfToken.Percent, PerfToken.Text, PerfToken.Flag,
        PerfToken.Date);

    /// <summary>The ways an input's finer rows are combined.</summary>
    public static readonly FrozenSet<PerfToken> Rollups = SetOf(
        PerfToken.Sum, PerfToken.Avg, PerfToken.Min, PerfToken.Max, PerfToken.Last);

    /// <summary>The directions of a rank key.</summary>
    public static readonly FrozenSet<PerfToken> RankDirections = SetOf(PerfToken.Asc, PerfToken.Desc);

    /// <summary>The cadences a plan may have.</summary>
    public static readonly FrozenSet<PerfToken> Cadences = SetOf(
        PerfToken.Month, PerfToken.Quarter, PerfToken.Year, PerfToken.Week);

    /// <summary>The keyword spelled exactly as <paramref name="text"/>, if there is one.</summary>
#if NET9_0_OR_GREATER
    public static bool TryGet(ReadOnlySpan<char> text, out PerfToken kind) => BySpan.TryGetValue(text, out kind);
#else
    // .NET 8 has no span lookup into a dictionary of strings: the word becomes a string for the look-up.
    public static bool TryGet(ReadOnlySpan<char> text, out PerfToken kind) => ByText.TryGetValue(text.ToString(), out kind);
#endif

    /// <summary>Whether a token kind is a reserved word.</summary>
    public static bool IsKeyword(PerfToken kind) => TextOf.ContainsKey(kind);

    /// <summary>How a keyword is written.</summary>
    public static string Spelling(PerfToken kind) => TextOf[kind];

    // FrozenSet.Create(params ...) is .NET 9; the library also builds for .NET 8.
    private static FrozenSet<PerfToken> SetOf(params PerfToken[] kinds) => kinds.ToFrozenSet();

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
