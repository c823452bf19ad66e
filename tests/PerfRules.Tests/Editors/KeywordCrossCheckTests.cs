using System.Collections.Frozen;
using PerfRules.Syntax;

namespace PerfRules.Tests.Editors;

/// <summary>
/// Every reserved word of the library's keyword table (PerfToken's keyword members) checked in the grammar, and
/// every role table of <see cref="Keywords"/> checked in the place that role takes: a keyword added to the language
/// and not to the grammar fails here, so the grammar cannot silently fall behind.
/// </summary>
public class KeywordCrossCheckTests
{
    public static TheoryData<string> AllKeywords() => Words(Enum.GetValues<PerfToken>().Where(Keywords.IsKeyword));

    public static TheoryData<string> DeclarationStarts() => Words(Keywords.DeclarationStarts);

    public static TheoryData<string> Functions() => Words(Keywords.Functions);

    public static TheoryData<string> Aggregates() => Words(Keywords.Aggregates);

    public static TheoryData<string> BuiltInValues() => Words(Keywords.BuiltInValues);

    public static TheoryData<string> InputTypes() => Words(Keywords.InputTypes);

    public static TheoryData<string> Rollups() => Words(Keywords.Rollups);

    public static TheoryData<string> RankDirections() => Words(Keywords.RankDirections);

    public static TheoryData<string> Cadences() => Words(Keywords.Cadences);

    [Fact]
    public void The_keyword_table_holds_the_words_of_version_1_1()
    {
        // 63 words of version 1 and 20 of version 1.1: a change to the table is a change to check in the grammar.
        Assert.Equal(83, AllKeywords().Count);
    }

    [Theory]
    [MemberData(nameof(AllKeywords))]
    public void Every_keyword_is_coloured_as_a_keyword_where_an_expression_reads_it(string word)
    {
        AssertKeyword($"metric m = {word}", 12, word);
        AssertKeyword($"flag f when x > {word} \"message\"", 17, word);
    }

    [Theory]
    [MemberData(nameof(AllKeywords))]
    public void No_keyword_is_coloured_as_the_name_a_declaration_declares(string word)
    {
        AssertKeyword($"input {word} number", 7, word);
        AssertKeyword($"metric {word} = 1", 8, word);
        AssertKeyword($"award {word} = 1 \"label\"", 7, word);
        AssertKeyword($"dimension {word} weight 100% {{", 11, word);
        AssertKeyword($"profile {word} when x {{", 9, word);
        AssertKeyword($"levels {word} {{", 8, word);
        AssertKeyword($"rank {word} by score", 6, word);
        AssertKeyword($"flag {word} when x \"message\"", 6, word);
        AssertKeyword($"  line {word} at 1 pays 100", 8, word);
        AssertKeyword($"grades {{ {word} top 10%", 10, word);
    }

    [Theory]
    [MemberData(nameof(DeclarationStarts))]
    public void A_declaration_keyword_at_the_start_of_a_line_is_a_declaration(string word) =>
        AssertScope($"{word} x", 1, word, "storage.type.declaration.perf");

    [Theory]
    [MemberData(nameof(Functions))]
    public void A_function_keyword_before_a_parenthesis_is_a_support_function(string word)
    {
        var token = EditorGrammars.Tokenize($"metric m = {word}(x, 1)").At(1, 12);
        Assert.True(token.Text == word && token.Kind.StartsWith("support.function.", StringComparison.Ordinal), token.ToString());
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void An_aggregate_takes_by_and_where_as_keywords(string word)
    {
        var line = $"metric m = {word}(x by team where ok)";
        var tokens = EditorGrammars.Tokenize(line);
        PlanGrammarTests.Expect(tokens, 1, 12, word, "support.function.aggregate.perf");
        PlanGrammarTests.Expect(tokens, 1, line.IndexOf(" by ", StringComparison.Ordinal) + 2, "by", "keyword.other.perf");
        PlanGrammarTests.Expect(tokens, 1, line.IndexOf("where", StringComparison.Ordinal) + 1, "where", "keyword.other.perf");
    }

    [Theory]
    [MemberData(nameof(BuiltInValues))]
    public void A_built_in_value_in_an_expression_is_a_language_variable(string word) =>
        AssertScope($"award a = {word} + 1 \"label\"", 11, word, "variable.language.perf");

    [Theory]
    [MemberData(nameof(InputTypes))]
    public void An_input_type_is_a_primitive_type(string word) => AssertScope($"input x {word}", 9, word, "support.type.primitive.perf");

    [Theory]
    [MemberData(nameof(Rollups))]
    public void A_rollup_after_the_type_is_a_modifier(string word) =>
        AssertScope($"input x number {word} optional", 16, word, "storage.modifier.rollup.perf");

    [Theory]
    [MemberData(nameof(RankDirections))]
    public void A_rank_direction_is_a_keyword(string word) => AssertScope($"rank by score {word}", 15, word, "keyword.other.perf");

    [Theory]
    [MemberData(nameof(Cadences))]
    public void A_cadence_is_a_language_constant(string word) => AssertScope($"period {word}", 8, word, "constant.language.cadence.perf");

    private static void AssertKeyword(string line, int column, string word)
    {
        var token = EditorGrammars.Tokenize(line).At(1, column);
        Assert.True(token.Text == word && KeywordScopes.IsKeyword(token.Kind), $"in `{line}`: {token}");
    }

    private static void AssertScope(string line, int column, string word, string kind)
    {
        var token = EditorGrammars.Tokenize(line).At(1, column);
        Assert.True(token.Text == word && token.Kind == kind, $"in `{line}`: expected {kind}, got {token}");
    }

    private static TheoryData<string> Words(IEnumerable<PerfToken> kinds)
    {
        var words = new TheoryData<string>();
        foreach (var word in kinds.Select(Keywords.Spelling).Order(StringComparer.Ordinal)) words.Add(word);
        return words;
    }

    private static TheoryData<string> Words(FrozenSet<PerfToken> kinds) => Words(kinds.AsEnumerable());
}
