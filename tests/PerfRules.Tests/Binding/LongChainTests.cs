using System.Text;
using PerfRules.Binding;
using PerfRules.Compilation;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

/// <summary>
/// Chains of thousands of metrics, each reading the next, are hostile input a host may meet: ordering them must not
/// go as deep on the thread's stack as the chain is long, nor take time quadratic in its length.
/// </summary>
public class LongChainTests
{
    // metric m0 = m1 + 1, metric m1 = m2 + 1, ..., the last reads the input: every metric reads one declared after it,
    // so a depth-first walk in file order goes down the whole chain before it comes back.
    private static string BackwardChain(int metrics, bool closed = false)
    {
        var text = new StringBuilder(Base);
        for (var i = 0; i < metrics; i++)
        {
            var read = i + 1 < metrics ? $"m{i + 1}" : closed ? "m0" : "sales";
            text.Append($"metric m{i} = {read} + 1\n");
        }

        return text.ToString();
    }

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work(), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void Twenty_thousand_metrics_each_reading_the_next_bind_on_a_small_stack_in_dependency_order()
    {
        var plan = OnSmallStack(() => CompileClean(BackwardChain(20_000)));

        // Every metric comes after the one it reads: m19999 (reading the input) first, m0 last.
        Assert.Equal(20_000, plan.Metrics.Length);
        Assert.Equal("m19999", plan.Metrics[0].Name);
        Assert.Equal("m0", plan.Metrics[^1].Name);
    }

    [Fact]
    public void A_cycle_through_twenty_thousand_metrics_is_one_diagnostic_on_a_small_stack()
    {
        var (plan, diagnostics) = OnSmallStack(() => Compile(BackwardChain(20_000, closed: true)));

        Assert.Null(plan);
        var cycle = Assert.Single(diagnostics);
        Assert.Equal((4, 8), (cycle.Line, cycle.Column));
        Assert.StartsWith("metrics depend on each other in a cycle: m0 -> m1 -> m2 -> ", cycle.Message, StringComparison.Ordinal);
        Assert.EndsWith(" -> m19998 -> m19999 -> m0", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_aggregates_makes_one_metric_level_per_link_in_file_order()
    {
        // m1 sums m0 over the roster, m2 sums m1, ...: each needs the one before known for everybody, so 2,000 levels.
        var text = new StringBuilder(Base).Append("metric m0 = sales\n");
        for (var i = 1; i < 2_000; i++) text.Append($"metric m{i} = group_sum(m{i - 1})\n");

        var levels = MetricLevels.Split(CompileClean(text.ToString()).Metrics);

        Assert.Equal(2_000, levels.Length);
        Assert.All(levels.Select((level, i) => (level, i)), l => Assert.Equal($"m{l.i}", Assert.Single(l.level).Name));
    }
}
