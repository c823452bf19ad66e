using System.Linq.Expressions;
using PerfRules.Compilation;
using PerfRules.Tests.Properties;
using PerfRules.Tests.Samples;

namespace PerfRules.Tests.Compilation;

/// <summary>A plan cannot reach anything outside the library: every tree its compiler makes calls only the runtime's helpers.</summary>
public class GeneratedTreeTests
{
    public static TheoryData<string> Plans()
    {
        var plans = new TheoryData<string>();
        foreach (var folder in SampleOutputTests.SampleFolders())
            plans.Add(Path.Combine(folder, "plan.perf"));
        foreach (var plan in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "plans"), "*.perf").Order(StringComparer.Ordinal))
            if (PerfPlan.CompileFile(plan).Success) plans.Add(plan);
        return plans;
    }

    private static List<LambdaExpression> TreesOf(string text, bool interpret = false)
    {
        var trees = new List<LambdaExpression>();
        CompilationResult result;
        using (TreeCompiler.Watch(trees.Add, interpret))
            result = PerfPlan.Compile(text);
        Assert.True(result.Success);
        Assert.Empty(trees); // code generation waits for the first use...
        _ = result.Plan!.Compiled; // ...and is watched with the settings the plan was compiled under
        return trees;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_tree_compiled_for_a_sample_or_spec_plan_calls_only_the_runtime_helpers(string path)
    {
        // A plan whose every expression only reads a column or is a literal has no tree at all (ColumnReaders).
        var trees = TreesOf(File.ReadAllText(path));

        Assert.All(trees, tree => Assert.Empty(TreeAllowList.Violations(tree)));
    }

    [Fact]
    public void The_section_1_plan_compiles_trees_only_for_expressions_that_are_more_than_a_read()
    {
        // Its metrics, veto, require, top() lines and flags need code; its KPI values and rank keys only read a
        // column (revenue, score), which a ColumnReaders delegate does without a tree.
        var trees = TreesOf(File.ReadAllText(Path.Combine(SampleOutputTests.SamplesFolder, "acme-sales", "plan.perf")));

        Assert.Contains(trees, t => t.Name == "metrics");
        Assert.DoesNotContain(trees, t => t.Body is IndexExpression);
    }

    [ScaledProperty(100)]
    public void Every_tree_compiled_for_a_generated_plan_calls_only_the_runtime_helpers(HistoryCase history)
    {
        Assert.All(TreesOf(history.Case.Plan.Text, interpret: true), tree => Assert.Empty(TreeAllowList.Violations(tree)));
    }

    [Fact]
    public void A_tree_may_hold_a_column_reader_but_no_other_delegate()
    {
        // A history call's argument that only reads a column is a ColumnReaders delegate, not a compiled tree.
        Func<PerfRules.Runtime.PeriodFrame, int, decimal?> stranger = (frame, row) => row;
        var reader = Expression.Lambda(Expression.Constant(PerfRules.Runtime.ColumnReaders.Number(0)));
        var literal = Expression.Lambda(Expression.Constant(PerfRules.Runtime.ColumnReaders.Literal<decimal?>(1m)));
        var other = Expression.Lambda(Expression.Constant(stranger));

        Assert.Empty(TreeAllowList.Violations(reader));
        Assert.Empty(TreeAllowList.Violations(literal));
        Assert.Equal(["constant of Func`3"], TreeAllowList.Violations(other));
    }

    [Fact]
    public void A_tree_that_calls_out_of_the_library_is_caught()
    {
        // What a plan must never be able to do: delete a file, read the environment, or create an object.
        Expression<Action<string>> delete = path => File.Delete(path);
        Expression<Func<string?>> environment = () => Environment.GetEnvironmentVariable("HOME");
        Expression<Func<object>> create = () => new List<int>();
        Expression<Func<int>> length = () => "text".Length;

        Assert.Equal(["call of File.Delete"], TreeAllowList.Violations(delete));
        Assert.Equal(["call of Environment.GetEnvironmentVariable"], TreeAllowList.Violations(environment));
        Assert.Equal(["new List`1"], TreeAllowList.Violations(create));
        Assert.Equal(["member String.Length"], TreeAllowList.Violations(length));
    }
}
