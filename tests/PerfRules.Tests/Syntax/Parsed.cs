using System.Collections.Immutable;
using PerfRules.Diagnostics;
using PerfRules.Syntax;
using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

/// <summary>A plan's text parsed, with the diagnostics it produced in position order.</summary>
internal sealed record Parsed(PlanSyntax Plan, ImmutableArray<Diagnostic> Diagnostics)
{
    public static Parsed From(string text, string source = "test.perf")
    {
        var bag = new DiagnosticBag(source);
        var plan = PlanParser.Parse(text, bag);
        return new Parsed(plan, bag.ToSortedArray());
    }

    public static string ReadCase(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "plans", name));

    public T Single<T>() where T : DeclarationSyntax => Assert.IsType<T>(Assert.Single(Plan.Declarations));

    /// <summary>The diagnostics as editors read them, one a line.</summary>
    public string Rendered => string.Join("\n", Diagnostics.Select(d => d.ToString()));
}
