using System.Linq.Expressions;
using PerfRules.Compilation;
using PerfRules.Runtime;

namespace PerfRules.Tests.Compilation;

/// <summary>
/// Metric levels and flags run as one generated loop over a range of rows whose arithmetic throws on overflow; where it
/// throws, the range is worked out again row by row with arithmetic that gives missing. So an overflow makes only its
/// own value missing (spec section 5), on one thread or several, and nothing else changes.
/// </summary>
public class RowCodeTests
{
    // huge = a x a overflows where a is 10^15 (10^30 is more than a decimal holds); spike compares a product that
    // overflows in the same row. e2 and e3 come after the overflowing row, e0 before it.
    private const string Plan = """
        period month
        input a number
        metric huge = a * a
        metric half = a / 2
        dimension d weight 100% { kpi half weight 100% linear from 0 to 10 }
        flag spike when a * a > 1_000 "a squared above 1,000"
        """;

    private const string Data = """
        employee,period,a
        e0,2025-07,40
        e1,2025-07,1000000000000000
        e2,2025-07,3
        e3,2025-07,-50
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_overflow_in_one_row_makes_only_that_rows_value_missing_and_its_flag_not_hold(int threads)
    {
        var options = new EvaluationOptions { MaxDegreeOfParallelism = threads, ParallelRowThreshold = 1 };
        var result = PlanRunner.Score(PlanRunner.Compile(Plan), Data, options: options);

        // 40 x 40 = 1600 and 40 / 2 = 20; e1's square overflows, its half is 500000000000000; 3 x 3 = 9; -50 x -50 = 2500.
        Assert.Equal(
            "e0 1600 20 True, e1 - 500000000000000 False, e2 9 1.5 False, e3 2500 -25 True",
            string.Join(", ", new[] { "e0", "e1", "e2", "e3" }.Select(id =>
            {
                var employee = result.Employee(id);
                return $"{id} {employee.Metric("huge") ?? "-"} {employee.Metric("half")} {employee.Flags.Any(f => f.Name == "spike")}";
            })));
    }

    [Fact]
    public void The_loops_over_rows_throw_on_overflow_and_the_code_for_one_row_and_every_delegate_of_its_own_do_not()
    {
        var trees = new List<LambdaExpression>();
        var plan = PlanRunner.Compile(Plan + "metric before = previous(a * a)\n");
        using (TreeCompiler.Watch(trees.Add)) _ = plan.Compiled;

        string[] Helpers(string name) =>
            [.. trees.Where(t => t.Name == name).SelectMany(Calls).Select(m => m.DeclaringType!.Name).Distinct().Order()];

        Assert.Equal(["ThrowingArithmetic"], Helpers("metrics").Where(t => t.EndsWith("Arithmetic", StringComparison.Ordinal)));
        Assert.Equal(["ThrowingArithmetic"], Helpers("flags").Where(t => t.EndsWith("Arithmetic", StringComparison.Ordinal)));
        Assert.Equal(["Arithmetic"], Helpers("metrics_row").Where(t => t.EndsWith("Arithmetic", StringComparison.Ordinal)));
        Assert.Equal(["Arithmetic"], Helpers("flags_row").Where(t => t.EndsWith("Arithmetic", StringComparison.Ordinal)));

        // previous(a * a)'s argument is a delegate of its own, called by HistoryAccess: guarded, in every copy (one for
        // each code it is part of).
        var arguments = trees.Where(t => t.Name is { } name && name.StartsWith("perf_", StringComparison.Ordinal) && Calls(t).Any(m => m.Name == "Multiply")).ToList();
        Assert.NotEmpty(arguments);
        Assert.All(arguments.SelectMany(Calls), m => Assert.NotEqual(typeof(ThrowingArithmetic), m.DeclaringType));
    }

    private static IEnumerable<System.Reflection.MethodInfo> Calls(LambdaExpression tree)
    {
        var calls = new List<System.Reflection.MethodInfo>();
        new CallCollector(calls).Visit(tree.Body);
        return calls;
    }

    private sealed class CallCollector(List<System.Reflection.MethodInfo> calls) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            calls.Add(node.Method);
            return base.VisitMethodCall(node);
        }
    }
}
