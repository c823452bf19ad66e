using PerfRules.Authoring;
using PerfRules.Diagnostics;

namespace PerfRules.Tests.Authoring;

/// <summary>Case paths, the worked example's rows and plan, and the runs the plan-test, diff and report tests share.</summary>
internal static class AuthoringCases
{
    public const string Source = "t.perf.tests";

    /// <summary>The worked example's six employees written as a rows block.</summary>
    public const string WorkedRows = """
          rows
            employee,period,sales,collected,receivable,nps
            e1,2025-Q1,200,100,100,50
            e2,2025-Q1,150,90,100,30
            e3,2025-Q1,99,0,0,70
            e4,2025-Q1,125,95,100,29
            e5,2025-Q1,150,90,100,30
            e6,2025-Q1,133.1225,81,100,30
          end

        """;

    public static string CasePath(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Cases", relative);

    public static PerfPlan WorkedPlan { get; } = PlanRunner.Compile(PlanRunner.Case("plans/worked-example.perf"));

    /// <summary>Reads tests text and runs it against the worked example's plan (or the plan given).</summary>
    public static PlanTestReport Run(string tests, PerfPlan? plan = null) =>
        PlanTestSuite.Parse(tests.ReplaceLineEndings("\n"), Source, System.IO.Path.Combine(AppContext.BaseDirectory, "Cases", "authoring")).Run(plan ?? WorkedPlan);

    /// <summary>Each diagnostic as "PRnnnn (line,column)", for exact comparison.</summary>
    public static string[] Positions(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id} ({d.Line},{d.Column})")];

    /// <summary>The folder holding PerfRules.sln, found by walking up from where the tests run.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PerfRules.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No PerfRules.sln above {AppContext.BaseDirectory}.");
    }
}
