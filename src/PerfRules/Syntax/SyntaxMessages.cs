using Superpower.Model;

namespace PerfRules.Syntax;

/// <summary>The words of syntax errors: "expected `{` after the dimension's weight, found `kpi`".</summary>
internal static class SyntaxMessages
{
    private const int ShownLength = 24;

    public static string ExpectedFound(IEnumerable<string>? expectations, Token<PerfToken>? found)
    {
        var list = expectations?.Distinct().ToArray() ?? [];
        return list.Length == 0 ? $"unexpected {Describe(found)}" : $"expected {Join(list)}, found {Describe(found)}";
    }

    /// <summary>A token as a person would name it: <c>`kpi`</c>, <c>name `revenu`</c>, <c>number `12`</c>, <c>end of file</c>.</summary>
    public static string Describe(Token<PerfToken>? token)
    {
        if (token is not { } t) return "end of file";
        var text = t.ToStringValue();
        return t.Kind switch
        {
            PerfToken.Identifier => $"name `{Clip(text)}`",
            PerfToken.NumberLiteral => $"number `{Clip(text)}`",
            PerfToken.StringLiteral => $"string \"{Clip(text.Trim('"'))}\"",
            _ => $"`{text}`",
        };
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };

    private static string Clip(string text) => text.Length <= ShownLength ? text : text[..(ShownLength - 3)] + "...";
}
