using PerfRules.Diagnostics;

namespace PerfRules.Tests.Syntax;

public class NestingOnSmallStackTests
{
    [Fact]
    public void On_a_small_stack_nesting_is_refused_sooner_and_the_diagnostic_says_how_many_levels_were_open()
    {
        // 100 levels are allowed, but not on a 256 KB stack, whether the parser's code is jitted quickly or fully
        // optimised (smaller frames): the parser stops where the stack runs short. Nothing is asserted on the small
        // thread, where a failure would take the test host down instead of failing this test.
        var text = "metric m = " + new string('(', 100) + "x" + new string(')', 100);
        var diagnostics = System.Collections.Immutable.ImmutableArray<Diagnostic>.Empty;
        var thread = new Thread(() => diagnostics = Parsed.From(text).Diagnostics, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.NestingTooDeep, error.Code);
        var open = error.Column - 12; // the refused parenthesis follows the ones already open, after "metric m = "
        Assert.InRange(open, 1, 99);
        Assert.Equal($"expression nested more than {open} levels deep", error.Message);
    }
}
