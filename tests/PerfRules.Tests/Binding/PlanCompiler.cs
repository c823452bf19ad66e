using System.Collections.Immutable;
using PerfRules.Binding;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Binding;

/// <summary>Compiles plan text through the parser and the binder, and states what came out.</summary>
internal static class PlanCompiler
{
    /// <summary>
    /// Three lines that make a plan complete: a period, an input <c>sales</c> and one dimension scoring it.
    /// Text appended to it starts at line 4.
    /// </summary>
    public const string Base = """
        period quarter
        input sales number
        dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }

        """;

    public static (BoundPlan? Plan, ImmutableArray<Diagnostic> Diagnostics) Compile(string text)
    {
        var diagnostics = new DiagnosticBag("plan.perf");
        var syntax = PlanParser.Parse(text, diagnostics);
        var plan = Binder.Bind(syntax, diagnostics);
        return (plan, diagnostics.ToSortedArray());
    }

    /// <summary>Compiles a plan that must have no mistake.</summary>
    public static BoundPlan CompileClean(string text)
    {
        var (plan, diagnostics) = Compile(text);
        Assert.Equal([], Describe(diagnostics));
        Assert.NotNull(plan);
        return plan;
    }

    public static string CaseText(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "plans", fileName));

    /// <summary>Each diagnostic as <c>(line,col) PRnnnn: message</c>.</summary>
    public static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"({d.Line},{d.Column}) {d.Id}: {d.Message}")];

    /// <summary>Asserts the exact diagnostics of a plan, in position order, and that no plan came out.</summary>
    public static void AssertDiagnostics(string text, params string[] expected)
    {
        var (plan, diagnostics) = Compile(text);
        Assert.Equal(expected, Describe(diagnostics));
        Assert.Null(plan);
    }
}
