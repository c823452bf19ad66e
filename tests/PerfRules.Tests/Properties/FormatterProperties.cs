using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Properties;

/// <summary><c>perfrules fmt</c> over generated plans written messily: it changes the layout, never the plan.</summary>
public class FormatterProperties
{
    [ScaledProperty(200)]
    public void Formatting_gives_text_that_parses_back_to_the_same_syntax_tree_with_the_same_comments(MessyPlan messy)
    {
        var (original, originalComments) = Parse(messy.Text);

        var formatted = PlanFormatter.Format(messy.Text);

        Assert.True(formatted.Success, string.Join("\n", formatted.Diagnostics));
        var (reparsed, comments) = Parse(formatted.Text);
        Assert.Equal(SyntaxShape.Of(original), SyntaxShape.Of(reparsed));
        // A comment may move before the line its construct now fits on, so the comments are compared as a multiset.
        Assert.Equal(originalComments.Order(StringComparer.Ordinal), comments.Order(StringComparer.Ordinal));
    }

    [ScaledProperty(200)]
    public void Formatting_is_idempotent(MessyPlan messy)
    {
        var once = PlanFormatter.Format(messy.Text).Text!;

        var twice = PlanFormatter.Format(once);

        Assert.True(twice.IsFormatted);
        Assert.Equal(once, twice.Text);
    }

    private static (PerfRules.Syntax.Ast.PlanSyntax Plan, string[] Comments) Parse(string text)
    {
        var diagnostics = new DiagnosticBag("plan.perf");
        var plan = PlanParser.Parse(text, diagnostics, out var tokenized);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedArray()));
        return (plan, [.. tokenized.Comments.Select(c => c.Text.TrimEnd())]);
    }
}
