using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using PerfRules.Diagnostics;

namespace PerfRules.Tests.Syntax;

public class NestingOnSmallStackTests
{
    // How many 4 KB frames above the point where the runtime says the stack is short the parse starts: 32 KB or more
    // of room, which holds a few levels of nesting but never 100.
    private const int FramesOfRoom = 8;

    [Fact]
    public void On_a_small_stack_nesting_is_refused_sooner_and_the_diagnostic_says_how_many_levels_were_open()
    {
        // 100 levels are allowed, but not with little stack left: the parser stops where the stack runs short. The
        // stack is used up on purpose first, so the test does not depend on how big a thread's stack really is
        // (the C library may hand out a cached, larger stack than asked for) or on how the parser was jitted.
        var text = "metric m = " + new string('(', 100) + "x" + new string(')', 100);
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        Assert.True(UseStackThenParse(text, ref diagnostics) > FramesOfRoom);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.NestingTooDeep, error.Code);
        var open = error.Column - 12; // the refused parenthesis follows the ones already open, after "metric m = "
        Assert.InRange(open, 1, 99);
        Assert.Equal($"expression nested more than {open} levels deep", error.Message);
    }

    /// <summary>Takes 4 KB frames until the stack is short, then parses <see cref="FramesOfRoom"/> frames back up.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UseStackThenParse(string text, ref ImmutableArray<Diagnostic> diagnostics)
    {
        Span<byte> frame = stackalloc byte[4096];
        frame.Fill(1);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return frame[0];
        var framesAbove = UseStackThenParse(text, ref diagnostics);
        if (framesAbove == FramesOfRoom) diagnostics = Parsed.From(text).Diagnostics;
        return framesAbove + frame[^1];
    }
}
