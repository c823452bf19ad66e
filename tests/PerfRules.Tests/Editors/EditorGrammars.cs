using System.Collections.Immutable;
using System.Text;
using PerfRules.Tests.Authoring;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The VS Code extension's TextMate grammars, loaded from editors/vscode/syntaxes/ and run by TextMateSharp (the
/// Oniguruma engine VS Code uses), so that the tests see the colours an editor would show.
/// </summary>
internal static class EditorGrammars
{
    public const string PlanScope = "source.perf";
    public const string TestsScope = "source.perf-tests";

    // TextMateSharp compiles rules lazily and caches them; one tokenization at a time keeps parallel test classes apart.
    private static readonly Lock Gate = new();
    private static readonly Registry Registry = new(new ExtensionGrammars());
    private static readonly Dictionary<string, IGrammar> Loaded = new(StringComparer.Ordinal);

    public static string RepositoryRoot { get; } = AuthoringCases.RepositoryRoot();

    public static string ExtensionFolder { get; } = Path.Combine(RepositoryRoot, "editors", "vscode");

    public static string GrammarPath(string scopeName) => Path.Combine(ExtensionFolder, "syntaxes", scopeName switch
    {
        PlanScope => "perf.tmLanguage.json",
        TestsScope => "perf-tests.tmLanguage.json",
        _ => throw new ArgumentOutOfRangeException(nameof(scopeName), scopeName, "no such grammar in the extension"),
    });

    /// <summary>Every line of <paramref name="text"/> tokenized in order, the state carried from line to line as an editor does.</summary>
    public static ImmutableArray<ScopedToken> Tokenize(string text, string scopeName = PlanScope)
    {
        var tokens = ImmutableArray.CreateBuilder<ScopedToken>();
        lock (Gate)
        {
            var grammar = Grammar(scopeName);
            IStateStack? state = null;
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var result = grammar.TokenizeLine(line, state, TimeSpan.FromMinutes(1));
                // An engine that gives up on a line (its time limit) leaves the rest of the line without tokens.
                if (line.Length > 0 && (result.Tokens.Length == 0 || result.Tokens[^1].EndIndex < line.Length))
                    throw new InvalidOperationException($"The grammar gave up on line {i + 1}: {line}");
                state = result.RuleStack;
                foreach (var token in result.Tokens)
                {
                    // The engine matches against the line and its line break; the break itself is no text of the line.
                    var end = Math.Min(token.EndIndex, line.Length);
                    if (token.StartIndex >= end) continue;
                    tokens.Add(new ScopedToken(i + 1, token.StartIndex + 1, line[token.StartIndex..end], [.. token.Scopes]));
                }
            }
        }

        return tokens.ToImmutable();
    }

    public static ImmutableArray<ScopedToken> TokenizeFile(string path, string scopeName = PlanScope) =>
        Tokenize(File.ReadAllText(path), scopeName);

    /// <summary>The token that starts at a line and column; fails the test, listing the line's tokens, when none does.</summary>
    public static ScopedToken At(this ImmutableArray<ScopedToken> tokens, int line, int column)
    {
        foreach (var token in tokens)
            if (token.Line == line && token.Column == column) return token;
        var onLine = string.Join("\n", tokens.Where(t => t.Line == line));
        throw new Xunit.Sdk.XunitException($"No token starts at ({line},{column}). Line {line}:\n{onLine}");
    }

    private static IGrammar Grammar(string scopeName)
    {
        if (!Loaded.TryGetValue(scopeName, out var grammar))
        {
            grammar = Registry.LoadGrammar(scopeName)
                ?? throw new InvalidOperationException($"TextMateSharp could not load {GrammarPath(scopeName)}");
            Loaded[scopeName] = grammar;
        }

        return grammar;
    }

    private sealed class ExtensionGrammars : IRegistryOptions
    {
        public IRawGrammar GetGrammar(string scopeName)
        {
            using var reader = new StreamReader(GrammarPath(scopeName), Encoding.UTF8);
            return GrammarReader.ReadGrammarSync(reader);
        }

        public ICollection<string>? GetInjections(string scopeName) => null;

        public IRawTheme? GetTheme(string scopeName) => null;

        // Scopes are all the tests read; a theme with no rules colours nothing and keeps the registry content.
        public IRawTheme GetDefaultTheme()
        {
            using var reader = new StreamReader(new MemoryStream("""{ "name": "none", "settings": [] }"""u8.ToArray()));
            return ThemeReader.ReadThemeSync(reader);
        }
    }
}
