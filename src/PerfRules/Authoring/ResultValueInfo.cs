namespace PerfRules.Authoring;

/// <summary>What kind of value a result value is, which decides its operators and how its expected value is read.</summary>
internal enum ResultValueKind
{
    /// <summary>A number or missing: every comparison operator.</summary>
    Number,

    /// <summary>A text or none: <c>=</c> and <c>!=</c>.</summary>
    Text,

    /// <summary>true or false: <c>=</c> and <c>!=</c>.</summary>
    Flag,

    /// <summary>A list of names or reasons: <c>=</c>, <c>!=</c>, <c>has</c> and <c>lacks</c>.</summary>
    List,

    /// <summary>A metric: number, flag, date or missing, known once the plan has run.</summary>
    Any,
}

/// <summary>Whether a result value is followed by a name in parentheses.</summary>
internal enum NameRule
{
    None,
    Required,
    Optional,
}

/// <summary>One keyword of the result values an expectation can read.</summary>
/// <param name="Keyword">The keyword, such as <c>score</c>.</param>
/// <param name="Kind">The kind of value read.</param>
/// <param name="Names">Whether a name in parentheses follows.</param>
/// <param name="NameKind">What the name names, in the words of a message (<c>dimension or KPI</c>).</param>
internal sealed record ResultValueInfo(string Keyword, ResultValueKind Kind, NameRule Names, string? NameKind)
{
    private static readonly Dictionary<string, ResultValueInfo> Known = new(StringComparer.Ordinal)
    {
        ["score"] = new("score", ResultValueKind.Number, NameRule.Optional, "dimension or KPI"),
        ["rank"] = new("rank", ResultValueKind.Number, NameRule.Optional, "ranking"),
        ["group_size"] = new("group_size", ResultValueKind.Number, NameRule.None, null),
        ["multiplier"] = new("multiplier", ResultValueKind.Number, NameRule.None, null),
        ["award"] = new("award", ResultValueKind.Number, NameRule.Required, "award"),
        ["metric"] = new("metric", ResultValueKind.Any, NameRule.Required, "metric"),
        ["group"] = new("group", ResultValueKind.Text, NameRule.None, null),
        ["grade"] = new("grade", ResultValueKind.Text, NameRule.None, null),
        ["profile"] = new("profile", ResultValueKind.Text, NameRule.None, null),
        ["level"] = new("level", ResultValueKind.Text, NameRule.Required, "levels block"),
        ["vetoed"] = new("vetoed", ResultValueKind.Flag, NameRule.None, null),
        ["vetoes"] = new("vetoes", ResultValueKind.List, NameRule.None, null),
        ["requirements"] = new("requirements", ResultValueKind.List, NameRule.None, null),
        ["flags"] = new("flags", ResultValueKind.List, NameRule.None, null),
    };

    public static ResultValueInfo? Find(string keyword) => Known.GetValueOrDefault(keyword);

    /// <summary>Every result value keyword, for the checks that keep the editor grammar of tests files in step.</summary>
    public static IEnumerable<string> AllKeywords => Known.Keys;

    /// <summary>The operators this value can be compared with, as a message lists them.</summary>
    public string OperatorsText => Kind switch
    {
        ResultValueKind.Number or ResultValueKind.Any => "=, !=, <, <=, > or >=",
        ResultValueKind.List => "=, !=, has or lacks",
        _ => "= or !=",
    };

    public bool Allows(ExpectOperator op) => Kind switch
    {
        ResultValueKind.Number or ResultValueKind.Any => op is not (ExpectOperator.Has or ExpectOperator.Lacks),
        ResultValueKind.List => op is ExpectOperator.Equal or ExpectOperator.NotEqual or ExpectOperator.Has or ExpectOperator.Lacks,
        _ => op is ExpectOperator.Equal or ExpectOperator.NotEqual,
    };
}
