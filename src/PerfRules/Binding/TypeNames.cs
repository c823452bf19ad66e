namespace PerfRules.Binding;

/// <summary>How types read in messages.</summary>
internal static class TypeNames
{
    /// <summary>"a number", "a flag", "text", "a date".</summary>
    public static string A(ValueType type) => type switch
    {
        ValueType.Number => "a number",
        ValueType.Flag => "a flag",
        ValueType.Text => "text",
        _ => "a date",
    };

    /// <summary>"number", "flag", "text", "date".</summary>
    public static string Bare(ValueType type) => type switch
    {
        ValueType.Number => "number",
        ValueType.Flag => "flag",
        ValueType.Text => "text",
        _ => "date",
    };

    /// <summary>The keyword of an input type, as written in a plan.</summary>
    public static string Keyword(InputType type) => type.ToString().ToLowerInvariant();
}
