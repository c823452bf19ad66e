using System.Text.Json;
using System.Text.RegularExpressions;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The extension's package.json and language configuration: the files it names exist and agree with each other,
/// and the indentation rules indent after exactly the lines that leave a brace open, by the library's own tokens.
/// </summary>
public class ExtensionManifestTests
{
    private static readonly JsonElement Manifest = ReadJson("package.json");
    private static readonly JsonElement PlanConfiguration = ReadJson("language-configuration.json");

    [Fact]
    public void The_manifest_contributes_the_two_languages_with_their_extensions_and_configurations()
    {
        Assert.Equal("perfrules", Manifest.GetProperty("publisher").GetString());
        Assert.Equal(["Programming Languages"], Manifest.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("^", Manifest.GetProperty("engines").GetProperty("vscode").GetString());

        var languages = Manifest.GetProperty("contributes").GetProperty("languages").EnumerateArray()
            .ToDictionary(l => l.GetProperty("id").GetString()!);
        Assert.Equal(["perf", "perf-tests"], languages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([".perf"], languages["perf"].GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([".perf.tests"], languages["perf-tests"].GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        foreach (var language in languages.Values)
        {
            Assert.NotEmpty(language.GetProperty("aliases").EnumerateArray());
            var configuration = language.GetProperty("configuration").GetString()!;
            Assert.True(File.Exists(Path.Combine(EditorGrammars.ExtensionFolder, configuration)), configuration);
        }
    }

    [Fact]
    public void Each_grammar_the_manifest_names_exists_and_declares_the_scope_the_manifest_gives()
    {
        var grammars = Manifest.GetProperty("contributes").GetProperty("grammars").EnumerateArray().ToList();

        Assert.Equal(
            [("perf", EditorGrammars.PlanScope), ("perf-tests", EditorGrammars.TestsScope)],
            grammars.Select(g => (g.GetProperty("language").GetString(), g.GetProperty("scopeName").GetString())));
        foreach (var grammar in grammars)
        {
            var path = Path.GetFullPath(Path.Combine(EditorGrammars.ExtensionFolder, grammar.GetProperty("path").GetString()!));
            Assert.Equal(EditorGrammars.GrammarPath(grammar.GetProperty("scopeName").GetString()!), path);
            Assert.Equal(grammar.GetProperty("scopeName").GetString(), ReadJson(path).GetProperty("scopeName").GetString());
        }
    }

    [Fact]
    public void The_configuration_comments_with_the_languages_comment_token_and_pairs_braces_parentheses_and_quotes()
    {
        Assert.Equal("//", PlanConfiguration.GetProperty("comments").GetProperty("lineComment").GetString());
        Assert.Equal(["{}", "()"], PlanConfiguration.GetProperty("brackets").EnumerateArray().Select(Pair));
        Assert.Equal(["{}", "()", "\"\""], PlanConfiguration.GetProperty("surroundingPairs").EnumerateArray().Select(Pair));
        Assert.Equal(["{}", "()", "\"\""],
            PlanConfiguration.GetProperty("autoClosingPairs").EnumerateArray().Select(p => p.GetProperty("open").GetString() + p.GetProperty("close").GetString()));
    }

    public static TheoryData<string> Samples()
    {
        var samples = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(EditorGrammars.RepositoryRoot, "samples")).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(folder, "plan.perf"))) samples.Add(Path.GetFileName(folder));
        return samples;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Indentation_grows_after_a_line_that_leaves_a_brace_open_and_shrinks_at_a_closing_brace(string sample)
    {
        var rules = PlanConfiguration.GetProperty("indentationRules");
        var increase = new Regex(rules.GetProperty("increaseIndentPattern").GetString()!);
        var decrease = new Regex(rules.GetProperty("decreaseIndentPattern").GetString()!);
        var text = File.ReadAllText(Path.Combine(EditorGrammars.RepositoryRoot, "samples", sample, "plan.perf"));
        var tokens = PerfTokenizer.Tokenize(text, new SyntaxErrors(new DiagnosticBag(null))).Tokens;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var wrong = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var onLine = tokens.Where(t => t.Position.Line == i + 1).Select(t => t.Kind).ToList();
            // A line ends with a brace left open when its last token is '{' (the samples open one block a line).
            var opens = onLine.Count > 0 && onLine[^1] == PerfToken.LeftBrace;
            var closesFirst = onLine.Count > 0 && onLine[0] == PerfToken.RightBrace;
            if (increase.IsMatch(lines[i]) != opens) wrong.Add($"{i + 1}: increase {!opens}: {lines[i]}");
            if (decrease.IsMatch(lines[i]) != closesFirst) wrong.Add($"{i + 1}: decrease {!closesFirst}: {lines[i]}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_block_closed_on_its_own_line_and_a_brace_in_a_string_or_comment_do_not_indent()
    {
        var increase = new Regex(PlanConfiguration.GetProperty("indentationRules").GetProperty("increaseIndentPattern").GetString()!);

        Assert.Matches(increase, "profile key_account when role == \"大客户\" {");
        Assert.Matches(increase, "dimension results weight 60% {   // the results");
        Assert.DoesNotMatch(increase, "  kpi nps weight 50% bands { at 60 scores 100  otherwise 0 }");
        Assert.DoesNotMatch(increase, "flag f when x \"a {\"");
        Assert.DoesNotMatch(increase, "// grades {");
    }

    private static string Pair(JsonElement pair) => pair[0].GetString() + pair[1].GetString();

    private static JsonElement ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(EditorGrammars.ExtensionFolder, path)));
        return document.RootElement.Clone();
    }
}
