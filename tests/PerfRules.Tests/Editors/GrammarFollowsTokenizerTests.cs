using System.Collections.Immutable;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The grammar against the library's own tokenizer, on every plan under samples/ and tests/.../Cases/: each token
/// the tokenizer reads starts a token of the same kind in the editor, and the editor marks as invalid exactly the
/// places where the tokenizer reports a mistake in the text. A change to the language that the grammar misses fails here.
/// </summary>
public class GrammarFollowsTokenizerTests
{
    // Mistakes of the text that a line-based grammar can see. A number too large for a decimal
    // (NumberNotRepresentable) is well formed as text: only arithmetic can tell, and the grammar does not try.
    private static readonly HashSet<DiagnosticCode> LexicalCodes =
    [
        DiagnosticCode.UnexpectedCharacter, DiagnosticCode.UnterminatedString, DiagnosticCode.InvalidEscape,
        DiagnosticCode.InvalidIdentifier, DiagnosticCode.MalformedNumber,
    ];

    public static TheoryData<string> Plans()
    {
        var plans = new TheoryData<string>();
        foreach (var path in PlanFiles()) plans.Add(Path.GetRelativePath(EditorGrammars.RepositoryRoot, path).Replace('\\', '/'));
        return plans;
    }

    [Fact]
    public void The_plans_checked_are_every_sample_and_every_case_plan()
    {
        var files = PlanFiles();
        // Seven samples, and the plans under Cases/ (the spec's, the authoring ones and this grammar's own case).
        Assert.Equal(7, files.Count(f => f.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        Assert.Contains(files, f => f.EndsWith("several-mistakes.perf", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("highlighting.perf", StringComparison.Ordinal));
        Assert.True(files.Count >= 30, $"only {files.Count} plans found");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_token_of_the_tokenizer_starts_an_editor_token_of_its_kind(string plan)
    {
        var wrong = Disagreements(File.ReadAllText(Path.Combine(EditorGrammars.RepositoryRoot, plan)));

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// Where the editor's tokens disagree with the tokenizer's: a token or comment of the tokenizer that starts no
    /// editor token, or starts one of another kind. Tokens the tokenizer reports as mistakes are left to the check
    /// of invalid marks.
    /// </summary>
    internal static List<string> Disagreements(string text) => Disagreements(text, EditorGrammars.Tokenize(text));

    internal static List<string> Disagreements(string text, ImmutableArray<ScopedToken> editorTokens)
    {
        var (tokenized, diagnostics) = Tokenize(text);
        var mistakes = diagnostics.Where(d => LexicalCodes.Contains(d.Code)).Select(d => (d.Line, d.Column)).ToHashSet();
        var editor = editorTokens.ToDictionary(t => (t.Line, t.Column));
        var wrong = new List<string>();

        foreach (var token in tokenized.Tokens)
        {
            var position = (token.Position.Line, token.Position.Column);
            if (mistakes.Contains(position)) continue;
            if (!editor.TryGetValue(position, out var scoped))
                wrong.Add($"{position}: no editor token starts at {token.Kind} '{token.ToStringValue()}'");
            else if (!IsOfKind(token.Kind, scoped))
                wrong.Add($"{position}: {token.Kind} '{token.ToStringValue()}' is {scoped}");
        }

        foreach (var comment in tokenized.Comments)
        {
            if (!editor.TryGetValue((comment.Span.Line, comment.Span.Column), out var scoped) || !scoped.Has("comment.line.double-slash.perf"))
                wrong.Add($"({comment.Span.Line}, {comment.Span.Column}): the comment is not a comment");
        }

        return wrong;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_editor_marks_as_invalid_exactly_where_the_tokenizer_reports_a_mistake(string plan)
    {
        var text = File.ReadAllText(Path.Combine(EditorGrammars.RepositoryRoot, plan));
        var (_, diagnostics) = Tokenize(text);
        var reported = diagnostics.Where(d => LexicalCodes.Contains(d.Code)).Select(d => $"({d.Line},{d.Column})").Order(StringComparer.Ordinal);

        // Each run of invalid tokens is one mistake, found where the run starts.
        var marked = new List<string>();
        ScopedToken? previous = null;
        foreach (var token in EditorGrammars.Tokenize(text))
        {
            var continues = previous is { IsInvalid: true } && previous.Line == token.Line && previous.Column + previous.Text.Length == token.Column;
            if (token.IsInvalid && !continues) marked.Add($"({token.Line},{token.Column})");
            previous = token;
        }

        Assert.Equal(reported, marked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_plan_with_a_mistake_of_each_kind_is_marked_at_each_mistake()
    {
        var tokens = EditorGrammars.TokenizeFile(Path.Combine(AppContext.BaseDirectory, "Cases", "plans", "several-mistakes.perf"));

        // plan "Mistakes      (the string is left open)
        PlanGrammarTests.Expect(tokens, 2, 6, "\"", "invalid.illegal.unterminated-string.perf");
        PlanGrammarTests.Expect(tokens, 2, 7, "Mistakes", "invalid.illegal.unterminated-string.perf");
        // input café number
        PlanGrammarTests.Expect(tokens, 7, 7, "café", "invalid.illegal.name.perf");
        // metric attainment = revenue / target @ 100
        PlanGrammarTests.Expect(tokens, 10, 38, "@", "invalid.illegal.character.perf");
        // metric stretch = 1__000 + ...
        PlanGrammarTests.Expect(tokens, 11, 18, "1__000", "invalid.illegal.malformed-number.perf");
        // "Behind \target"
        PlanGrammarTests.Expect(tokens, 18, 41, "\\t", "invalid.illegal.unknown-escape.perf");
        // A reserved word where a name belongs is the word, not a declared name.
        PlanGrammarTests.Expect(tokens, 6, 7, "rank", "variable.language.perf");
    }

    [Fact]
    public void Text_that_does_not_parse_but_reads_as_tokens_is_never_marked_invalid()
    {
        // A parenthesis left open, a brace inside a call and inside grades, a keyword where a name belongs:
        // the parser's mistakes, not the text's, so the editor colours each token by its kind.
        const string text = """
            metric m = min(a, b
            dimension d weight 100% { kpi m weight 100% linear from 0 to 1 }
            grades { A { B } }
            payout { multiplier ( 2 }
            input rank number
            """;
        var tokens = EditorGrammars.Tokenize(text);

        Assert.Empty(Disagreements(text, tokens));
        Assert.DoesNotContain(tokens, t => t.IsInvalid);
    }

    [Fact]
    public void Samples_and_valid_case_plans_have_no_invalid_token()
    {
        var invalid = new List<string>();
        foreach (var path in PlanFiles())
        {
            var text = File.ReadAllText(path);
            if (Tokenize(text).Diagnostics.Any(d => LexicalCodes.Contains(d.Code))) continue;
            invalid.AddRange(EditorGrammars.Tokenize(text).Where(t => t.IsInvalid).Select(t => $"{path}: {t}"));
        }

        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
    }

    private static bool IsOfKind(PerfToken kind, ScopedToken scoped)
    {
        var scope = scoped.Kind;
        if (scope.StartsWith("invalid.", StringComparison.Ordinal)) return false;
        if (Keywords.IsKeyword(kind)) return KeywordScopes.IsKeyword(scope);
        return kind switch
        {
            PerfToken.Identifier => scope.StartsWith("variable.other.", StringComparison.Ordinal) || scope.StartsWith("entity.name.", StringComparison.Ordinal),
            PerfToken.NumberLiteral => scope.StartsWith("constant.numeric.", StringComparison.Ordinal),
            PerfToken.StringLiteral => scope.StartsWith("string.quoted.double.", StringComparison.Ordinal),
            PerfToken.LeftBrace or PerfToken.RightBrace or PerfToken.LeftParen or PerfToken.RightParen =>
                scoped.Scopes.Any(s => s.StartsWith("punctuation.section.", StringComparison.Ordinal)),
            PerfToken.Comma => scope == "punctuation.separator.comma.perf",
            PerfToken.Assign => scope == "keyword.operator.assignment.perf",
            PerfToken.Equal or PerfToken.NotEqual or PerfToken.Less or PerfToken.LessOrEqual or PerfToken.Greater
                or PerfToken.GreaterOrEqual => scope == "keyword.operator.comparison.perf",
            PerfToken.Plus or PerfToken.Minus or PerfToken.Star or PerfToken.Slash => scope == "keyword.operator.arithmetic.perf",
            _ => false,
        };
    }

    private static (TokenizedText Tokens, ImmutableArray<Diagnostic> Diagnostics) Tokenize(string text)
    {
        var bag = new DiagnosticBag("plan.perf");
        var tokens = PerfTokenizer.Tokenize(text, new SyntaxErrors(bag));
        return (tokens, bag.ToSortedArray());
    }

    private static List<string> PlanFiles()
    {
        var root = EditorGrammars.RepositoryRoot;
        return
        [
            .. Directory.GetFiles(Path.Combine(root, "samples"), "*.perf", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(root, "tests", "PerfRules.Tests", "Cases"), "*.perf", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal),
        ];
    }
}
