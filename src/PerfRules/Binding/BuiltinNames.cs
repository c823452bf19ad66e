using System.Collections.Frozen;

namespace PerfRules.Binding;

/// <summary>The names the language gives meaning to: built-in values and functions, by family.</summary>
internal static class BuiltinNames
{
    public static readonly FrozenDictionary<string, BuiltinFunction> Functions = new Dictionary<string, BuiltinFunction>
    {
        ["min"] = BuiltinFunction.Min,
        ["max"] = BuiltinFunction.Max,
        ["abs"] = BuiltinFunction.Abs,
        ["round"] = BuiltinFunction.Round,
        ["clamp"] = BuiltinFunction.Clamp,
        ["if"] = BuiltinFunction.If,
        ["coalesce"] = BuiltinFunction.Coalesce,
        ["is_missing"] = BuiltinFunction.IsMissing,
        ["days_between"] = BuiltinFunction.DaysBetween,
        ["months_between"] = BuiltinFunction.MonthsBetween,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, HistoryFunction> History = new Dictionary<string, HistoryFunction>
    {
        ["previous"] = HistoryFunction.Previous,
        ["sum"] = HistoryFunction.Sum,
        ["avg"] = HistoryFunction.Avg,
        ["streak"] = HistoryFunction.Streak,
        ["highest"] = HistoryFunction.Highest,
        ["lowest"] = HistoryFunction.Lowest,
        ["times"] = HistoryFunction.Times,
        ["latest"] = HistoryFunction.Latest,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, AggregateFunction> Aggregates = new Dictionary<string, AggregateFunction>
    {
        ["group_sum"] = AggregateFunction.Sum,
        ["group_avg"] = AggregateFunction.Avg,
        ["group_min"] = AggregateFunction.Min,
        ["group_max"] = AggregateFunction.Max,
        ["group_count"] = AggregateFunction.Count,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Functions that read one employee's own values: <c>score(NAME)</c>, <c>rank(NAME)</c> and the like.</summary>
    public static readonly FrozenSet<string> ValueFunctions =
        new[] { "score", "rank", "group_size", "top", "level" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Values written as a bare name.</summary>
    public static readonly FrozenSet<string> Values =
        new[] { "score", "rank", "group_size", "grade", "multiplier", "period_start", "period_end" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsFunction(string name) =>
        Functions.ContainsKey(name) || History.ContainsKey(name) || Aggregates.ContainsKey(name) || ValueFunctions.Contains(name);

    public static bool IsBuiltin(string name) => IsFunction(name) || Values.Contains(name);

    /// <summary>Windows (spec 12.5) keep a memo over many periods and may not sit inside another history function.</summary>
    public static bool IsWindow(HistoryFunction function) =>
        function is HistoryFunction.Highest or HistoryFunction.Lowest or HistoryFunction.Times or HistoryFunction.Latest;
}
