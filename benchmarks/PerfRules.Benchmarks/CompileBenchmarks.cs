using BenchmarkDotNet.Attributes;
using PerfRules.Binding;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Runtime;
using PerfRules.Syntax;

namespace PerfRules.Benchmarks;

/// <summary>
/// What a plan costs before it scores anyone: the section 1 plan and a generated plan of 2,000 lines, each parsed
/// (tokens and syntax tree), parsed and bound (names, types, stages, weights: everything <c>perfrules check</c>
/// reports), compiled by <c>PerfPlan.Compile</c> (also lowered and turned into delegates), and compiled then run
/// over one employee, which adds the JIT of every generated delegate on its first call.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _text = null!;
    private PeriodSnapshot _oneEmployee = null!;

    [Params("section-1", "generated-2000")]
    public string Plan { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Plan == "section-1" ? AcmePlan.Text : GeneratedPlan.Text;
        var compiled = PerfPlan.Compile(_text, "plan.perf");
        if (!compiled.Success || !compiled.Diagnostics.IsEmpty)
            throw new InvalidOperationException("The plan does not compile clean:\n" + string.Join("\n", compiled.Diagnostics.Take(10)));
        _oneEmployee = OneEmployee(compiled.Plan);
        if (compiled.Plan.Evaluate(_oneEmployee).Employees.Length != 1) throw new InvalidOperationException("The one-employee roster does not score.");
    }

    [Benchmark(Description = "parse")]
    public object Parse() => PlanParser.Parse(_text, new DiagnosticBag("plan.perf"));

    [Benchmark(Description = "parse + bind (check)")]
    public object? ParseAndBind()
    {
        var diagnostics = new DiagnosticBag("plan.perf");
        return Binder.Bind(PlanParser.Parse(_text, diagnostics), diagnostics);
    }

    [Benchmark(Description = "PerfPlan.Compile")]
    public object Compile() => PerfPlan.Compile(_text, "plan.perf");

    [Benchmark(Description = "Compile + score 1 employee (JIT)")]
    public object CompileAndScoreOne() => PerfPlan.Compile(_text, "plan.perf").Plan!.Evaluate(_oneEmployee);

    // One row with a value for every input, built through the public roster builder.
    private static PeriodSnapshot OneEmployee(PerfPlan plan)
    {
        var values = new Dictionary<string, object?>();
        foreach (var input in plan.Inputs)
        {
            values[input.Name] = input.Type switch
            {
                InputType.Text => "north",
                InputType.Flag => false,
                InputType.Percent => 0.9m,
                _ => 150m,
            };
        }

        var builder = plan.CreateRosterBuilder();
        builder.Add("e1", PerfPeriod.Parse("2025-Q3"), values);
        var roster = builder.Build();
        if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
        return roster.Periods[0];
    }
}
