using PerfRules.Authoring;

namespace PerfRules.Cli.Output;

/// <summary>
/// The outcome of a tests file on stdout: one line per test, and under a failed test each expectation that did not
/// hold in the <c>file(line,col)</c> form editors jump to. The errors that kept a test from running are on stderr.
/// </summary>
internal static class PlanTestWriter
{
    public static void Write(PlanTestReport report, TextWriter output)
    {
        output.WriteLine(report.SourceName);
        foreach (var test in report.Tests)
        {
            if (test.Passed)
            {
                output.WriteLine($"  passed  {test.Name}");
                continue;
            }

            var errors = test.Diagnostics.Count(d => d.IsError);
            output.WriteLine(errors == 0 ? $"  FAILED  {test.Name}" : $"  FAILED  {test.Name} ({Errors(errors)}, on stderr)");
            foreach (var failure in test.Failures) output.WriteLine($"    {failure}");
        }
    }

    private static string Errors(int count) => count == 1 ? "1 error" : $"{count} errors";
}
