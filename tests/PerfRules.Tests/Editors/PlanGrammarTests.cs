using System.Collections.Immutable;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The .perf grammar on chosen lines of the samples and of the spec's plans: each token named by its line and
/// column, with the text it covers and the scope that colours it (the innermost one that is not a meta region).
/// </summary>
public class PlanGrammarTests
{
    private static readonly ImmutableArray<ScopedToken> Acme = Sample("acme-sales");
    private static readonly ImmutableArray<ScopedToken> Weekly = Sample("weekly-routine");
    private static readonly ImmutableArray<ScopedToken> CompactTour = Case("plans/compact-tour.perf");
    private static readonly ImmutableArray<ScopedToken> Tour11 = Case("plans/version-1-1-tour.perf");
    private static readonly ImmutableArray<ScopedToken> Highlighting = Case("editors/highlighting.perf");

    [Fact]
    public void Declaration_keywords_are_storage_types_and_the_names_they_declare_are_entities()
    {
        Expect(Acme, 2, 1, "plan", "storage.type.declaration.perf");
        Expect(Acme, 3, 1, "period", "storage.type.declaration.perf");
        Expect(Acme, 5, 1, "input", "storage.type.declaration.perf");
        Expect(Acme, 5, 7, "revenue", "entity.name.variable.input.perf");
        Expect(Acme, 16, 1, "metric", "storage.type.declaration.perf");
        Expect(Acme, 16, 8, "growth", "entity.name.function.metric.perf");
        Expect(Acme, 18, 1, "dimension", "storage.type.declaration.perf");
        Expect(Acme, 18, 11, "performance", "entity.name.type.dimension.perf");
        Expect(Acme, 19, 3, "kpi", "storage.type.declaration.perf");
        // A KPI names the metric it scores: a reference, not a declaration.
        Expect(Acme, 19, 7, "revenue", "variable.other.perf");
        Expect(Acme, 35, 1, "veto", "storage.type.declaration.perf");
        Expect(Acme, 37, 1, "rank", "storage.type.declaration.perf");
        Expect(Acme, 39, 1, "grades", "storage.type.declaration.perf");
        Expect(Acme, 47, 1, "payout", "storage.type.declaration.perf");
        Expect(Acme, 55, 1, "flag", "storage.type.declaration.perf");
        Expect(Acme, 55, 6, "promotion_ready", "entity.name.function.flag.perf");
        Expect(CompactTour, 33, 1, "rank", "storage.type.declaration.perf");
        Expect(CompactTour, 33, 6, "board", "entity.name.type.ranking.perf");
        Expect(CompactTour, 35, 1, "levels", "storage.type.declaration.perf");
        Expect(CompactTour, 35, 8, "tier", "entity.name.type.levels.perf");
        Expect(CompactTour, 37, 1, "award", "storage.type.declaration.perf");
        Expect(CompactTour, 37, 7, "bonus", "entity.name.function.award.perf");
    }

    [Fact]
    public void Types_rollups_optional_and_cadences_have_their_own_scopes()
    {
        Expect(Acme, 3, 8, "quarter", "constant.language.cadence.perf");
        Expect(Weekly, 6, 8, "week", "constant.language.cadence.perf");
        Expect(Acme, 5, 24, "money", "support.type.primitive.perf");
        Expect(Acme, 5, 32, "sum", "storage.modifier.rollup.perf");
        Expect(CompactTour, 7, 12, "text", "support.type.primitive.perf");
        Expect(CompactTour, 7, 17, "last", "storage.modifier.rollup.perf");
        Expect(CompactTour, 7, 22, "optional", "storage.modifier.perf");
        Expect(CompactTour, 9, 14, "date", "support.type.primitive.perf");
        Expect(CompactTour, 9, 19, "min", "storage.modifier.rollup.perf");
        // flag is a type after an input's name, a declaration at the start of a line.
        Expect(Highlighting, 8, 16, "flag", "support.type.primitive.perf");
        Expect(Highlighting, 30, 1, "flag", "storage.type.declaration.perf");
    }

    [Fact]
    public void Curve_and_line_keywords_are_other_keywords_and_ladder_lines_are_labels()
    {
        Expect(Acme, 19, 15, "weight", "keyword.other.perf");
        Expect(Acme, 19, 26, "ladder", "keyword.other.perf");
        Expect(Acme, 19, 33, "prorated", "keyword.other.perf");
        Expect(Acme, 20, 5, "line", "keyword.other.perf");
        Expect(Acme, 20, 10, "base", "entity.name.label.ladder-line.perf");
        Expect(Acme, 20, 20, "at", "keyword.other.perf");
        Expect(Acme, 20, 33, "pays", "keyword.other.perf");
        Expect(Acme, 24, 34, "linear", "keyword.other.perf");
        Expect(Acme, 24, 41, "from", "keyword.other.perf");
        Expect(Acme, 24, 50, "to", "keyword.other.perf");
        Expect(Acme, 28, 32, "bands", "keyword.other.perf");
        Expect(Acme, 28, 46, "scores", "keyword.other.perf");
        Expect(Acme, 28, 92, "otherwise", "keyword.control.conditional.perf");
        Expect(Acme, 25, 56, "missing", "keyword.other.perf");
        Expect(Acme, 25, 64, "skip", "keyword.other.perf");
        Expect(Acme, 37, 6, "by", "keyword.other.perf");
        Expect(Acme, 37, 15, "desc", "keyword.other.perf");
        Expect(Acme, 37, 34, "within", "keyword.other.perf");
        Expect(CompactTour, 14, 44, "by", "keyword.other.perf");
        Expect(CompactTour, 14, 52, "where", "keyword.other.perf");
    }

    [Fact]
    public void Numbers_with_separators_fractions_and_percent_signs_are_numeric_constants()
    {
        // 1_500_000 is one number, separators and all.
        Expect(Acme, 20, 23, "1_500_000", "constant.numeric.decimal.perf");
        Expect(Acme, 20, 38, "60", "constant.numeric.decimal.perf");
        // 95%: the digits and the sign are one number, the sign marked as its unit.
        Expect(Acme, 48, 30, "95", "constant.numeric.decimal.perf");
        var percent = Expect(Acme, 48, 32, "%", "keyword.other.unit.percent.perf");
        Assert.True(percent.Has("constant.numeric.decimal.perf"), percent.ToString());
        Expect(Highlighting, 12, 35, "0.50", "constant.numeric.decimal.perf");
        Expect(Highlighting, 27, 14, "1.5", "constant.numeric.decimal.perf");
        Expect(Acme, 54, 63, "1.2", "constant.numeric.decimal.perf");
    }

    [Fact]
    public void Strings_and_their_three_escapes_are_coloured_and_an_escaped_quote_does_not_end_the_string()
    {
        // plan "Quotes \"inside\", a backslash \\ and a line break \n"
        Expect(Highlighting, 2, 6, "\"", "string.quoted.double.perf");
        Expect(Highlighting, 2, 7, "Quotes ", "string.quoted.double.perf");
        Expect(Highlighting, 2, 14, "\\\"", "constant.character.escape.perf");
        Expect(Highlighting, 2, 16, "inside", "string.quoted.double.perf");
        Expect(Highlighting, 2, 22, "\\\"", "constant.character.escape.perf");
        Expect(Highlighting, 2, 38, "\\\\", "constant.character.escape.perf");
        Expect(Highlighting, 2, 58, "\\n", "constant.character.escape.perf");
        Assert.True(Highlighting.At(2, 60).Has("punctuation.definition.string.end.perf"));
        Expect(Acme, 35, 35, "Customer-data breach: one-vote veto", "string.quoted.double.perf");
        // The empty string closes at once.
        Assert.True(Highlighting.At(12, 58).Has("punctuation.definition.string.end.perf"));
    }

    [Fact]
    public void Full_line_and_trailing_comments_run_to_the_end_of_the_line()
    {
        Expect(Acme, 1, 1, "//", "comment.line.double-slash.perf");
        Expect(Acme, 1, 3, " acme-sales.perf: quarterly scorecard for the field sales team", "comment.line.double-slash.perf");
        Expect(Acme, 5, 41, "//", "comment.line.double-slash.perf");
        Expect(Acme, 5, 43, " signed contract value", "comment.line.double-slash.perf");
        Expect(Acme, 32, 54, "//", "comment.line.double-slash.perf");
        // Keywords and non-ASCII text inside a comment are comment text.
        Expect(Weekly, 11, 50, " 华东, 华南, 华北, 西南", "comment.line.double-slash.perf");
        Expect(Weekly, 28, 3, " The most orders in any week so far, and the survey score the agent last had:", "comment.line.double-slash.perf");
    }

    [Fact]
    public void Operators_are_comparison_arithmetic_assignment_or_logical_words()
    {
        Expect(Acme, 16, 24, "=", "keyword.operator.assignment.perf");
        Expect(Acme, 16, 34, "/", "keyword.operator.arithmetic.perf");
        Expect(Acme, 16, 54, "-", "keyword.operator.arithmetic.perf");
        Expect(Acme, 35, 22, ">", "keyword.operator.comparison.perf");
        Expect(Acme, 48, 27, ">=", "keyword.operator.comparison.perf");
        Expect(Acme, 55, 44, ">=", "keyword.operator.comparison.perf");
        Expect(Acme, 55, 64, "==", "keyword.operator.comparison.perf");
        Expect(Acme, 55, 49, "and", "keyword.operator.logical.perf");
        Expect(Highlighting, 12, 44, "not", "keyword.operator.logical.perf");
        Expect(Highlighting, 12, 61, "or", "keyword.operator.logical.perf");
        Expect(Highlighting, 30, 29, "!=", "keyword.operator.comparison.perf");
        Expect(Highlighting, 13, 46, "*", "keyword.operator.arithmetic.perf");
        // Unary minus is the same operator, and the number after it stays a number.
        Expect(Highlighting, 13, 48, "-", "keyword.operator.arithmetic.perf");
        Expect(Highlighting, 13, 49, "1", "constant.numeric.decimal.perf");
        Expect(Tour11, 86, 38, "+", "keyword.operator.arithmetic.perf");
        Expect(CompactTour, 34, 54, "<=", "keyword.operator.comparison.perf");
        Expect(Highlighting, 30, 32, "false", "constant.language.boolean.perf");
        Expect(Highlighting, 12, 74, "true", "constant.language.boolean.perf");
    }

    [Fact]
    public void Built_in_functions_are_support_functions_named_by_family()
    {
        Expect(Acme, 16, 36, "previous", "support.function.history.perf");
        Expect(Acme, 55, 27, "streak", "support.function.history.perf");
        Expect(Acme, 55, 34, "top", "support.function.standing.perf");
        Expect(CompactTour, 14, 26, "group_sum", "support.function.aggregate.perf");
        Expect(CompactTour, 20, 32, "min", "support.function.math.perf");
        Expect(CompactTour, 34, 42, "rank", "support.function.standing.perf");
        Expect(CompactTour, 37, 15, "if", "support.function.logic.perf");
        Expect(Weekly, 31, 25, "latest", "support.function.window.perf");
        Expect(Highlighting, 13, 21, "max", "support.function.math.perf");
        Expect(Highlighting, 14, 21, "months_between", "support.function.date.perf");
        // A call's parentheses are a region of their own, nested calls inside it.
        Expect(Acme, 55, 33, "(", "punctuation.section.parens.begin.perf");
        Assert.Equal(2, Acme.At(55, 38).Scopes.Count(s => s == "meta.parens.perf"));
    }

    [Fact]
    public void Built_in_values_are_language_variables()
    {
        Expect(Acme, 37, 9, "score", "variable.language.perf");
        Expect(Highlighting, 14, 44, "period_end", "variable.language.perf");
        Expect(CompactTour, 35, 25, "grade", "variable.language.perf");
        // Outside payout, multiplier reads the employee's multiplier (an award may use it).
        Expect(Tour11, 86, 20, "multiplier", "variable.language.perf");
    }

    [Fact]
    public void Words_with_two_roles_take_the_role_their_place_gives_them()
    {
        // score = EXPR is a curve; score alone is the total score.
        Expect(CompactTour, 20, 24, "score", "keyword.other.perf");
        // veto ... grade NAME names the grade it forces.
        Expect(CompactTour, 31, 21, "grade", "keyword.other.perf");
        Expect(CompactTour, 31, 27, "C", "variable.other.perf");
        // Inside payout, multiplier and require start the lines.
        Expect(Acme, 48, 3, "require", "keyword.other.perf");
        Expect(Acme, 49, 3, "multiplier", "keyword.other.perf");
        // top PCT on a grade line is a keyword, top(PCT) a function.
        Expect(Acme, 40, 5, "top", "keyword.other.perf");
        Expect(Acme, 49, 21, "top", "support.function.standing.perf");
        // sum after a type is a rollup; sum(x, n) is history.
        Expect(Acme, 5, 32, "sum", "storage.modifier.rollup.perf");
    }

    [Fact]
    public void Grade_and_level_line_names_are_labels_on_their_own_lines_and_inline()
    {
        Expect(Acme, 40, 3, "S", "entity.name.label.grade.perf");
        Expect(Acme, 44, 3, "D", "entity.name.label.grade.perf");
        Expect(CompactTour, 34, 10, "A", "entity.name.label.grade.perf");
        Expect(CompactTour, 34, 27, "B", "entity.name.label.grade.perf");
        Expect(CompactTour, 34, 60, "C", "entity.name.label.grade.perf");
        // The condition's own names stay names.
        Expect(CompactTour, 34, 47, "board", "variable.other.perf");
        Expect(CompactTour, 35, 15, "gold", "entity.name.label.level.perf");
        Expect(CompactTour, 35, 39, "silver", "entity.name.label.level.perf");
        Expect(Tour11, 70, 3, "regional", "entity.name.label.level.perf");
        Expect(Tour11, 70, 58, "retention", "variable.other.perf");
    }

    [Fact]
    public void Blocks_with_line_rules_are_meta_regions_closed_by_their_brace()
    {
        Assert.True(Acme.At(40, 3).Has("meta.block.grades.perf"));
        Assert.True(Acme.At(49, 3).Has("meta.block.payout.perf"));
        Assert.True(CompactTour.At(35, 15).Has("meta.block.levels.perf"));
        // After the closing brace the file is back at the top level.
        Assert.Equal(["source.perf", "storage.type.declaration.perf"], Acme.At(54, 1).Scopes.AsEnumerable());
        Expect(Acme, 28, 38, "{", "punctuation.section.block.begin.perf");
        Expect(Acme, 28, 104, "}", "punctuation.section.block.end.perf");
    }

    internal static ScopedToken Expect(ImmutableArray<ScopedToken> tokens, int line, int column, string text, string kind)
    {
        var token = tokens.At(line, column);
        Assert.True(token.Text == text && token.Kind == kind, $"expected '{text}' {kind}, got {token}");
        return token;
    }

    private static ImmutableArray<ScopedToken> Sample(string name) =>
        EditorGrammars.TokenizeFile(Path.Combine(EditorGrammars.RepositoryRoot, "samples", name, "plan.perf"));

    private static ImmutableArray<ScopedToken> Case(string relative) =>
        EditorGrammars.TokenizeFile(Path.Combine(AppContext.BaseDirectory, "Cases", relative));
}
