using PerfRules.Diagnostics;

namespace PerfRules.Tests.Syntax;

public class NestingOnSmallStackTests
{
    [Fact]
    public void On_a_small_stack_nesting_is_refused_sooner_and_the_diagnostic_says_how_many_levels_were_open()
    {
        // 100 levels are allowed, but not on a 384 KB stack: the parser stops where the stack runs short.
        var text = "metric m = " + new string('(', 100) + "x" + new string(')', 100);
        Diagnostic? error = null;
        var thread = new Thread(() => error = Assert.Single(Parsed.From(text).Diagnostics), maxStackSize: 384 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(error);
        Assert.Equal(DiagnosticCode.NestingTooDeep, error.Code);
        var open = error.Column - 12; // the refused parenthesis follows the ones already open, after "metric m = "
        Assert.InRange(open, 1, 99);
        Assert.Equal($"expression nested more than {open} levels deep", error.Message);
    }
}
