using System.Collections.Immutable;
using PerfRules.Authoring;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The grammar of <c>.perf.tests</c> files (docs/language.md, "Plan tests"): line keywords, the CSV of a rows block,
/// expect lines with their result value, operator and expected values, and comments, which are whole lines inside
/// rows and may trail every other line.
/// </summary>
public class PlanTestsGrammarTests
{
    private static readonly ImmutableArray<ScopedToken> Acme = Sample("acme-sales");
    private static readonly ImmutableArray<ScopedToken> Worked = Sample("worked-example");

    // The forms the samples do not use, in a file of their own.
    private const string Forms = """
        test "quotes \"inside\" a name"
          data "my roster.csv"
          period 2025-Q3
          expect m1 flags has star, "a, b"
          expect m1 vetoes lacks none_of_these
          expect m1 score >= 1_500_000
          expect m1 metric(rate) = 95%
          expect m1 award(bonus) = -12.5
          expect m1 vetoed = yes
          expect m2 requirements = 回款率未达95%，本季度奖金不发放
          expect m3 rating = 1
          wrong line
        end
        test "rows closed by an expect line"
          rows
            employee, period, active
            // a comment line inside rows
            r1, 2025-07-14, TRUE, 1.5, x // not a comment here
          expect r1 grade = none
        """;

    private static readonly ImmutableArray<ScopedToken> FormsTokens = EditorGrammars.Tokenize(Forms, EditorGrammars.TestsScope);

    [Fact]
    public void Line_keywords_test_names_data_files_and_periods()
    {
        Expect(Acme, 6, 1, "test", "keyword.control.test.perf-tests");
        Expect(Acme, 6, 7, "a seller past the stretch line on every count gets S and triple pay", "string.quoted.double.perf-tests");
        Expect(Acme, 7, 3, "rows", "keyword.other.rows.perf-tests");
        Expect(Acme, 10, 3, "end", "keyword.other.end.perf-tests");
        Expect(Acme, 58, 3, "data", "keyword.other.data.perf-tests");
        Expect(Acme, 58, 8, "roster.csv", "string.unquoted.path.perf-tests");
        Expect(FormsTokens, 1, 14, "\\\"", "constant.character.escape.perf-tests");
        Expect(FormsTokens, 2, 9, "my roster.csv", "string.quoted.double.perf-tests");
        Expect(FormsTokens, 3, 3, "period", "keyword.other.period.perf-tests");
        Expect(FormsTokens, 3, 10, "2025-Q3", "constant.other.period.perf-tests");
    }

    [Fact]
    public void A_rows_block_is_csv_with_a_header_of_columns_and_whole_line_comments_only()
    {
        Expect(Acme, 8, 5, "employee", "variable.other.column.perf-tests");
        Expect(Acme, 8, 114, "tenure_months", "variable.other.column.perf-tests");
        Expect(Acme, 9, 15, "2025-Q1", "constant.other.period.perf-tests");
        Expect(Acme, 9, 31, "2000000", "constant.numeric.decimal.perf-tests");
        Expect(Acme, 9, 38, ",", "punctuation.separator.comma.perf-tests");
        Assert.True(Acme.At(9, 31).Has("meta.rows.perf-tests"));
        Expect(FormsTokens, 17, 5, "//", "comment.line.double-slash.perf-tests");
        Expect(FormsTokens, 18, 9, "2025-07-14", "constant.other.period.perf-tests");
        Expect(FormsTokens, 18, 21, "TRUE", "constant.language.boolean.perf-tests");
        Expect(FormsTokens, 18, 27, "1.5", "constant.numeric.decimal.perf-tests");
        // A row is data to its end: "//" after a cell is no comment (the parser passes the line to the CSV reader).
        Assert.DoesNotContain(FormsTokens.Where(t => t.Line == 18), t => t.Has("comment.line.double-slash.perf-tests"));
        // An expect line closes a rows block left open, as the parser does.
        Expect(FormsTokens, 19, 3, "expect", "keyword.other.expect.perf-tests");
        Assert.False(FormsTokens.At(19, 3).Has("meta.rows.perf-tests"));
    }

    [Fact]
    public void An_expect_line_has_an_employee_a_result_value_an_operator_and_expected_values()
    {
        Expect(Acme, 14, 3, "expect", "keyword.other.expect.perf-tests");
        Expect(Acme, 14, 10, "a1", "variable.other.employee.perf-tests");
        Expect(Acme, 14, 13, "score", "variable.language.result.perf-tests");
        Expect(Acme, 14, 19, "growth", "variable.other.name.perf-tests");
        Expect(Acme, 14, 27, "=", "keyword.operator.comparison.perf-tests");
        Expect(Acme, 14, 29, "missing", "constant.language.none.perf-tests");
        Expect(Acme, 52, 29, "33.33", "constant.numeric.decimal.perf-tests");
        Expect(Worked, 26, 21, "none", "constant.language.none.perf-tests");
        Expect(Worked, 21, 29, "Collection under 90%", "string.quoted.double.perf-tests");
        Expect(FormsTokens, 4, 19, "has", "keyword.operator.word.perf-tests");
        Expect(FormsTokens, 4, 23, "star", "string.unquoted.text.perf-tests");
        Expect(FormsTokens, 4, 27, ",", "punctuation.separator.comma.perf-tests");
        Expect(FormsTokens, 4, 30, "a, b", "string.quoted.double.perf-tests");
        Expect(FormsTokens, 5, 20, "lacks", "keyword.operator.word.perf-tests");
        Expect(FormsTokens, 6, 19, ">=", "keyword.operator.comparison.perf-tests");
        Expect(FormsTokens, 6, 22, "1_500_000", "constant.numeric.decimal.perf-tests");
        Expect(FormsTokens, 7, 28, "95%", "constant.numeric.decimal.perf-tests");
        Expect(FormsTokens, 8, 28, "-12.5", "constant.numeric.decimal.perf-tests");
        Expect(FormsTokens, 9, 22, "yes", "constant.language.boolean.perf-tests");
        Expect(FormsTokens, 10, 28, "回款率未达95%，本季度奖金不发放", "string.unquoted.text.perf-tests");
    }

    [Fact]
    public void Trailing_comments_end_an_expect_line()
    {
        Expect(Acme, 32, 20, "2", "constant.numeric.decimal.perf-tests");
        Expect(Acme, 32, 38, "//", "comment.line.double-slash.perf-tests");
        Expect(Acme, 32, 40, " vetoed employees rank after the rest of the team", "comment.line.double-slash.perf-tests");
        Expect(Acme, 1, 1, "//", "comment.line.double-slash.perf-tests");
    }

    [Fact]
    public void An_unknown_result_value_an_unknown_line_and_an_end_outside_rows_are_invalid()
    {
        Expect(FormsTokens, 11, 13, "rating", "invalid.illegal.unknown-result-value.perf-tests");
        Expect(FormsTokens, 12, 3, "wrong", "invalid.illegal.unknown-line.perf-tests");
        Expect(FormsTokens, 13, 1, "end", "invalid.illegal.end-outside-rows.perf-tests");
        Assert.Equal(3, FormsTokens.Count(t => t.IsInvalid));
    }

    public static TheoryData<string> ResultValues()
    {
        var values = new TheoryData<string>();
        foreach (var keyword in ResultValueInfo.AllKeywords.Order(StringComparer.Ordinal)) values.Add(keyword);
        return values;
    }

    [Theory]
    [MemberData(nameof(ResultValues))]
    public void Every_result_value_the_parser_knows_is_a_result_value(string keyword)
    {
        foreach (var line in new[] { $"expect e1 {keyword} = 1", $"expect e1 {keyword}(x) = 1" })
            Expect(EditorGrammars.Tokenize(line, EditorGrammars.TestsScope), 1, 11, keyword, "variable.language.result.perf-tests");
    }

    [Fact]
    public void Every_tests_file_of_the_samples_and_cases_has_no_invalid_token()
    {
        var root = EditorGrammars.RepositoryRoot;
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "*.perf.tests", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "PerfRules.Tests", "Cases"), "*.perf.tests", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count >= 3, $"only {files.Count} tests files found");

        var invalid = files.SelectMany(f => EditorGrammars.TokenizeFile(f, EditorGrammars.TestsScope).Where(t => t.IsInvalid).Select(t => $"{f}: {t}"));

        Assert.Empty(invalid);
    }

    private static void Expect(ImmutableArray<ScopedToken> tokens, int line, int column, string text, string kind) =>
        PlanGrammarTests.Expect(tokens, line, column, text, kind);

    private static ImmutableArray<ScopedToken> Sample(string name) =>
        EditorGrammars.TokenizeFile(Path.Combine(EditorGrammars.RepositoryRoot, "samples", name, "plan.perf.tests"), EditorGrammars.TestsScope);
}
