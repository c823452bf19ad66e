using System.CommandLine;
using PerfRules.Authoring;
using PerfRules.Cli.Output;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules test PLAN.perf [TESTS...]</c>: runs plan tests and ends with <c>N passed, M failed</c>. Without
/// TESTS, the tests file beside the plan (<c>PLAN.perf.tests</c>) is run. Exit 0 when every test passed, 1 for a
/// failure or an error in a tests file, its rosters or the plan, 2 for a usage error.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var planArgument = new Argument<FileInfo>("plan") { Description = "The .perf plan to test." };
        var testsArgument = new Argument<FileInfo[]>("tests")
        {
            Description = "Tests files; default: PLAN.perf.tests beside the plan.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("test", "Run plan tests: tiny rosters and what the plan must make of them.") { planArgument, testsArgument };
        command.SetAction(parse => Run(console, parse.GetValue(planArgument)!, parse.GetValue(testsArgument) ?? []));
        return command;
    }

    private static int Run(CliConsole console, FileInfo planFile, FileInfo[] testFiles)
    {
        if (PlanLoader.Load(console, planFile, out var failure) is not { } plan) return failure;
        if (testFiles.Length == 0) testFiles = [new FileInfo(planFile.ToString() + ".tests")];
        foreach (var missing in testFiles.Where(f => !f.Exists))
        {
            console.Error.WriteLine($"perfrules: no such tests file: {missing.ToString()}");
            return CliApp.UsageError;
        }

        int passed = 0, failed = 0;
        var success = true;
        foreach (var file in testFiles)
        {
            var report = PlanTestSuite.ParseFile(file.ToString()).Run(plan);
            foreach (var diagnostic in report.Diagnostics) console.Error.WriteLine(diagnostic);
            PlanTestWriter.Write(report, console.Out);
            passed += report.Passed;
            failed += report.Failed;
            success &= report.Success;
        }

        console.Out.WriteLine(PlanTestReport.Summarize(passed, failed));
        return success ? CliApp.Success : CliApp.Errors;
    }
}
