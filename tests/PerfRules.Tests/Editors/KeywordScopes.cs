namespace PerfRules.Tests.Editors;

/// <summary>Which TextMate scopes count as a keyword's colour: every family a theme paints as a reserved word.</summary>
internal static class KeywordScopes
{
    private static readonly string[] Families =
    [
        "keyword.", "storage.type.", "storage.modifier.", "support.function.", "support.type.", "constant.language.",
        "variable.language.",
    ];

    public static bool IsKeyword(string scope) => Families.Any(f => scope.StartsWith(f, StringComparison.Ordinal));
}
