using PerfRules.Diagnostics;
using PerfRules.Text;

namespace PerfRules.Authoring;

/// <summary>
/// The plan tests of one tests file (docs/language.md, "Plan tests"): each test a tiny roster and what a plan must
/// make of it. Read the file once and run it against any plan, such as an edited plan before it is accepted.
/// </summary>
/// <example>
/// <code>
/// var suite = PlanTestSuite.ParseFile("acme.perf.tests");
/// var report = suite.Run(PerfPlan.CompileFile("acme.perf").Plan!);
/// foreach (var test in report.Tests)
///     foreach (var failure in test.Failures) Console.WriteLine(failure);   // acme.perf.tests(14,27): e6 multiplier: expected 1, actual 0
/// Console.WriteLine(report.Summary);                                         // 3 passed, 1 failed
/// </code>
/// </example>
public sealed class PlanTestSuite
{
    private readonly ImmutableArray<PlanTestCase> _tests;

    private PlanTestSuite(string? sourceName, ImmutableArray<PlanTestCase> tests, ImmutableArray<Diagnostic> diagnostics)
    {
        SourceName = sourceName;
        _tests = tests;
        Diagnostics = diagnostics;
    }

    /// <summary>The tests file's name, as diagnostics and failures give it.</summary>
    public string? SourceName { get; }

    /// <summary>The tests' names in file order.</summary>
    public ImmutableArray<string> TestNames => [.. _tests.Select(t => t.Name)];

    /// <summary>The mistakes found in the file itself, in position order. A test with a mistake does not run, and fails.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    internal ImmutableArray<PlanTestCase> Tests => _tests;

    /// <summary>Reads tests from text. Never throws for a mistake in the text: every mistake is a diagnostic.</summary>
    /// <param name="text">The tests.</param>
    /// <param name="sourceName">The name diagnostics and failures give as the file, such as <c>acme.perf.tests</c>.</param>
    /// <param name="baseDirectory">The folder that <c>data FILE</c> paths are relative to; the current folder when null.</param>
    public static PlanTestSuite Parse(string text, string? sourceName = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag(sourceName);
        var tests = PlanTestParser.Parse(text, baseDirectory, diagnostics);
        return new PlanTestSuite(sourceName, tests, diagnostics.ToSortedArray());
    }

    /// <summary>Reads a tests file (UTF-8); <c>data FILE</c> paths are relative to its folder. An unreadable file is a diagnostic.</summary>
    public static PlanTestSuite ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new PlanTestSuite(path, [], [Diagnostic.Create(DiagnosticCode.FileUnreadable, path, SourceSpan.StartOfText, e.Message)]);
        }

        var diagnostics = new DiagnosticBag(path);
        if (!SourceText.TryDecode(bytes, diagnostics, out var text)) return new PlanTestSuite(path, [], diagnostics.ToSortedArray());
        return Parse(text, path, Path.GetDirectoryName(path));
    }

    /// <summary>Runs every test against a plan: reads its roster, scores its period and checks its expectations.</summary>
    public PlanTestReport Run(PerfPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var results = ImmutableArray.CreateBuilder<PlanTestResult>(_tests.Length);
        var all = new DiagnosticBag(SourceName);
        all.AddRange(Diagnostics);
        foreach (var test in _tests)
        {
            var result = PlanTestRunner.Run(plan, test, SourceName, Diagnostics);
            results.Add(result);
            all.AddRange(result.Diagnostics.Where(d => !Diagnostics.Contains(d)));
        }

        return new PlanTestReport(SourceName, results.MoveToImmutable(), all.ToSortedArray());
    }
}
