using System.Text;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Diagnostics;
using PerfRules.Syntax;

namespace PerfRules.Tests.Properties;

/// <summary>
/// Work that grows faster than the input shows in what it allocates, which, unlike time, a test can measure
/// exactly: eight times the plan or the roster may cost about eight times the memory, never sixty-four times. (The
/// time itself is measured by the benchmarks, and docs/testing.md gives the figures of a run.)
/// </summary>
public class LinearGrowthTests
{
    private static long Allocated(Action work)
    {
        work(); // once to warm up, so that the measured runs allocate no code or caches
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A plan of <paramref name="size"/> of each: inputs, metrics (a chain, read backwards), dimensions, flags.</summary>
    private static string Plan(int size)
    {
        var text = new StringBuilder("period month\n");
        for (var i = 0; i < size; i++)
        {
            text.Append($"input a{i} number optional\n");
            text.Append($"metric m{i} = {(i + 1 < size ? $"m{i + 1}" : "a0")} + a{i} * 2\n");
            text.Append($"flag f{i} when m{i} > {i} and top(50%) \"over {i}\"\n");
        }

        text.Append("dimension d weight 100% {\n");
        for (var i = 0; i < size; i++) text.Append($"  kpi a{i} weight {(i == 0 ? 100m - (100m / size * (size - 1)) : 100m / size)}% linear from 0 to 10 missing skip\n");
        return text.Append("}\nrank by score desc, a0 asc\ngrades { A top 10% B }\n").ToString();
    }

    private static void AssertLinear(long small, long large, string what) =>
        // Eight times the input: linear work allocates about eight times as much; quadratic work, sixty-four.
        Assert.True(large <= small * 16, $"{what}: {small:N0} bytes for the small input, {large:N0} for eight times it");

    [Fact]
    public void Parsing_and_checking_a_plan_eight_times_larger_allocates_at_most_about_eight_times_as_much()
    {
        static long Measure(string text) => Allocated(() =>
        {
            var diagnostics = new DiagnosticBag(null);
            Assert.NotNull(Binder.Bind(PlanParser.Parse(text, diagnostics), diagnostics));
        });

        AssertLinear(Measure(Plan(100)), Measure(Plan(800)), "parse and check");
    }

    [Fact]
    public void Evaluating_a_roster_eight_times_larger_allocates_at_most_about_eight_times_as_much()
    {
        PerfPlan plan;
        using (TreeCompiler.Watch(null, interpret: true)) plan = PerfPlan.Compile(Plan(20)).Plan!;
        string Csv(int rows) => "employee,period," + string.Join(",", Enumerable.Range(0, 20).Select(i => $"a{i}")) + "\n"
            + string.Concat(Enumerable.Range(0, rows).Select(r => $"e{r},2025-01," + string.Join(",", Enumerable.Range(0, 20).Select(i => (r * 7 + i) % 13)) + "\n"));
        var small = plan.ReadCsv(new StringReader(Csv(500)));
        var large = plan.ReadCsv(new StringReader(Csv(4000)));

        AssertLinear(Allocated(() => plan.Evaluate(small)), Allocated(() => plan.Evaluate(large)), "evaluate");
        AssertLinear(Allocated(() => plan.ReadCsv(new StringReader(Csv(500)))), Allocated(() => plan.ReadCsv(new StringReader(Csv(4000)))), "read CSV");
    }
}
