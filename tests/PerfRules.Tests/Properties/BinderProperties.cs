using FsCheck;
using FsCheck.Xunit;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Properties;

public class BinderProperties
{
    private static readonly string[] Plans =
    [
        CaseText("acme-sales.perf"),
        CaseText("worked-example.perf"),
        CaseText("version-1-1-tour.perf"),
        CaseText("many-mistakes.perf"),
    ];

    /// <summary>
    /// Cutting a stretch out of a plan leaves text with every kind of gap the parser can recover from. Whatever tree
    /// comes out, binding it reports mistakes rather than throwing, and gives a plan exactly when nothing is wrong.
    /// </summary>
    [Property(MaxTest = 500)]
    public bool A_plan_with_a_stretch_cut_out_binds_to_a_plan_or_to_diagnostics(NonNegativeInt which, NonNegativeInt start, NonNegativeInt length)
    {
        var text = Plans[which.Get % Plans.Length];
        var from = start.Get % text.Length;
        var cut = text.Remove(from, Math.Min(length.Get % 60, text.Length - from));

        var (plan, diagnostics) = Compile(cut);

        return (plan is null) == diagnostics.Any(d => d.IsError);
    }

    /// <summary>Swapping two lines keeps every declaration but moves it: names may be used before they are declared.</summary>
    [Property(MaxTest = 200)]
    public bool Declaration_order_does_not_change_whether_the_tour_plan_binds(NonNegativeInt first, NonNegativeInt second)
    {
        var lines = CaseText("version-1-1-tour.perf").Split('\n');
        var declarationStarts = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].StartsWith("input ", StringComparison.Ordinal) || lines[i].StartsWith("metric ", StringComparison.Ordinal)
                || lines[i].StartsWith("flag ", StringComparison.Ordinal))
            .ToArray();
        var (a, b) = (declarationStarts[first.Get % declarationStarts.Length], declarationStarts[second.Get % declarationStarts.Length]);
        (lines[a], lines[b]) = (lines[b], lines[a]);

        var (plan, diagnostics) = Compile(string.Join('\n', lines));

        return plan is not null && diagnostics.IsEmpty;
    }
}
