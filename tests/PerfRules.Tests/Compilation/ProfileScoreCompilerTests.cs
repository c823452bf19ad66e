using System.Linq.Expressions;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Compilation;
using PerfRules.Runtime;
using PerfRules.Tests.Properties;
using PerfRules.Tests.Samples;

namespace PerfRules.Tests.Compilation;

/// <summary>
/// The code written out per profile scores rows exactly as the score stage's own loop does; where it cannot be written
/// out the stage scores the profile itself, and an overflow inside a curve still makes only that KPI of that row missing.
/// </summary>
public class ProfileScoreCompilerTests
{
    [Fact]
    public void The_section_1_plan_is_scored_by_code_written_out_for_its_profile()
    {
        var names = new List<string?>();
        var plan = PerfPlan.Compile(File.ReadAllText(Path.Combine(SampleOutputTests.SamplesFolder, "acme-sales", "plan.perf"))).Plan!;
        using (TreeCompiler.Watch(tree => names.Add(tree.Name))) _ = plan.Compiled;

        Assert.Contains("score_default", names);
        Assert.NotNull(Assert.Single(plan.Compiled.Profiles).Scorer);
    }

    [Fact]
    public void A_ladder_whose_span_overflows_is_left_to_the_stage_and_scores_as_the_spec_says()
    {
        // The span from line a to line b is 2 x 50_000_000_000_000_000_000_000_000_000 = 10^29, more than a decimal
        // holds: no constant for it. v = 0 reaches a and not b, so the prorated share (0 - (-5 x 10^28)) / 10^29 must
        // be worked out, and its arithmetic overflows: the KPI is missing (spec section 5) and scores 0.
        var plan = PerfPlan.Compile("""
            period month
            input v number
            dimension d weight 100% {
              kpi v weight 100% ladder prorated {
                line a at -50_000_000_000_000_000_000_000_000_000 pays 40
                line b at 50_000_000_000_000_000_000_000_000_000 pays 60
              }
            }
            """).Plan!;

        Assert.Null(plan.Compiled.Profiles[0].Scorer);
        var employee = PlanRunner.Score(plan, "employee,period,v\ne1,2025-07,0\n").Employee("e1");
        Assert.Equal(0.00m, employee.Score);
        Assert.True(employee.Dimensions[0].Kpis[0].IsMissing);
        Assert.Contains("its curve's arithmetic overflowed", employee.Explain().ToString());
    }

    [Fact]
    public void A_dimension_with_more_than_six_kpis_that_may_be_left_out_is_left_to_the_stage()
    {
        // Seven KPIs with missing skip, weights 10% each and 40% for k7; only k1 has a value (70), so the dimension
        // is 10% x 70 / 10% = 70.
        var kpis = string.Join("\n", Enumerable.Range(1, 7).Select(i => $"  kpi k{i} weight {(i == 7 ? 40 : 10)}% linear from 0 to 100 missing skip"));
        var plan = PerfPlan.Compile($$"""
            period month
            {{string.Join("\n", Enumerable.Range(1, 7).Select(i => $"input k{i} number optional"))}}
            dimension d weight 100% {
            {{kpis}}
            }
            """).Plan!;

        Assert.Null(plan.Compiled.Profiles[0].Scorer);
        var employee = PlanRunner.Score(plan, "employee,period,k1,k2,k3,k4,k5,k6,k7\ne1,2025-07,70,,,,,,\n").Employee("e1");
        Assert.Equal(70.00m, employee.Score);
        Assert.Equal(6, employee.Dimensions[0].Kpis.Count(k => k.IsSkipped));
    }

    [Theory]
    [InlineData("", 25.00, "0.00", false)]
    [InlineData(" missing skip", 50.00, null, true)]
    public void A_curve_that_overflows_makes_only_that_kpi_missing_and_leaves_the_other_rows_of_its_run_as_they_were(
        string skip, double total, string? shown, bool skipped)
    {
        // e1: a = 79228162514264337593543950335 (the largest decimal); (a - 0) / 1 x 100 overflows, so a is missing:
        // scored 0 (total 50% x 0 + 50% x 50 = 25), or with missing skip left out (50% x 50 / 50% = 50).
        // e2 and e3 share e1's run of rows, which the stage scores again row by row after the generated code throws:
        // a = 0.5 scores 50 and a = 1 scores 100, b = 5 and 10 score 50 and 100.
        var plan = PerfPlan.Compile($$"""
            period month
            input a number
            input b number
            dimension d weight 100% {
              kpi a weight 50% linear from 0 to 1{{skip}}
              kpi b weight 50% linear from 0 to 10
            }
            """).Plan!;
        Assert.NotNull(plan.Compiled.Profiles[0].Scorer);

        var result = PlanRunner.Score(plan, "employee,period,a,b\ne1,2025-07,79228162514264337593543950335,5\ne2,2025-07,0.5,5\ne3,2025-07,1,10\n");

        var e1 = result.Employee("e1");
        Assert.Equal((decimal)total, e1.Score);
        var a = e1.Dimensions[0].Kpis[0];
        Assert.True(a.IsMissing);
        Assert.Equal(skipped, a.IsSkipped);
        Assert.Equal(shown, a.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("its curve's arithmetic overflowed", e1.Explain().ToString());
        Assert.Equal(50.00m, result.Employee("e2").Score);
        Assert.Equal(100.00m, result.Employee("e3").Score);
    }

    [ScaledProperty(100)]
    public void The_written_out_code_writes_every_score_column_as_the_stage_loop_does(HistoryCase history)
    {
        // Every period of the roster evaluated twice, with the profiles' code and with the stage's own loop; the
        // columns are compared as text, so that a value with another scale (2.50 against 2.5) counts as different.
        // The employees are copied until a period has over 1,024 rows, so that the code's curve memos are used, and
        // every value repeats.
        var scoring = history.Case;
        var plan = Evaluation.Compile(scoring.Plan);
        var compiled = plan.Compiled;
        var withoutCode = compiled with { Profiles = [.. compiled.Profiles.Select(p => p with { Scorer = null })] };
        var copies = 1 + (1_100 / Math.Max(1, scoring.Roster.Rows.GroupBy(r => r.Period).Select(g => g.Count()).DefaultIfEmpty(1).Min()));
        var roster = new RosterModel([.. Enumerable.Range(0, copies).SelectMany(c => scoring.Roster.Rows.Select(r => r with { Employee = $"{r.Employee}_{c}" }))])
            .Build(plan);
        var (written, looped) = (new HistoryIndex(), new HistoryIndex());

        foreach (var snapshot in roster.Periods)
        {
            var a = PlanEvaluator.Evaluate(compiled, snapshot, written, EvaluationOptions.Default);
            var b = PlanEvaluator.Evaluate(withoutCode, snapshot, looped, EvaluationOptions.Default);
            Assert.Equal(Columns(b), Columns(a));
        }
    }

    [Fact]
    public void Values_that_repeat_in_a_run_score_digit_for_digit_as_the_stage_loop_scores_them()
    {
        // The generated code remembers each linear and ladder score by the value's exact bits. Data values lose their
        // trailing zeros when read, so m = a x b makes them: 1 x 1 = 1, 0.125 x 8 = 1.000 and 0.0625 x 16 = 1.0000,
        // which score 25.00, 25.000 and 25.0000 (a division keeps the dividend's scale where it can). 7 tops the ladder.
        // Each repeats in the one run of rows.
        var plan = PerfPlan.Compile("""
            period month
            input a number
            input b number
            input c number
            metric m = a * b
            dimension d weight 100% {
              kpi m weight 50% linear from 0 to 4
              kpi c weight 50% ladder prorated { line x at 2 pays 40  line y at 5 pays 60 }
            }
            """).Plan!;
        // 1,200 rows (the memos are used from 1,024): the six rows below, 200 times over.
        var values = new[] { "1,1,3", "0.125,8,3", "1,1,7", "0.0625,16,3", "0.125,8,3", "1,1,3" };
        var csv = "employee,period,a,b,c\n" + string.Concat(Enumerable.Range(0, 1_200).Select(i => $"e{i:D4},2025-07,{values[i % 6]}\n"));
        var snapshot = plan.ReadCsv(new StringReader(csv), "data.csv").Periods[^1];
        var compiled = plan.Compiled;
        var withoutCode = compiled with { Profiles = [.. compiled.Profiles.Select(p => p with { Scorer = null })] };

        var written = Columns(PlanEvaluator.Evaluate(compiled, snapshot, new HistoryIndex(), EvaluationOptions.Default));
        var looped = Columns(PlanEvaluator.Evaluate(withoutCode, snapshot, new HistoryIndex(), EvaluationOptions.Default));

        Assert.Equal(looped, written);
        var a = written[compiled.Layout.NumberSlots]; // the first KPI's exact scores
        Assert.Equal(string.Join(",", Enumerable.Repeat("25.00,25.000,25.00,25.0000,25.000,25.00", 200)), a);
    }

    [ScaledProperty(60)]
    public Property Several_profiles_in_interleaved_runs_of_rows_score_as_the_stage_loop_does() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            // Two profiles and the top level, each with its own curves, weights and missing skips, over 3,600 rows whose
            // roles come in runs of 1 to 40 (so the score stage gives each profile's code many runs, which share the
            // profile's memos: about 1,200 rows each, over the 1,024 a memo needs) and whose values repeat, with some
            // missing.
            var random = new Random(seed);
            var plan = PerfPlan.Compile(ProfilesPlan(random)).Plan!;
            var csv = new System.Text.StringBuilder("employee,period,role,v1,v2,v3,v4\n");
            for (var row = 0; row < 3_600;)
            {
                var role = random.Next(3) switch { 0 => "a", 1 => "b", _ => "c" };
                for (var run = random.Next(1, 41); run > 0 && row < 3_600; run--, row++)
                    csv.Append($"e{row:D4},2025-07,{role},{Cell(random)},{Cell(random)},{Cell(random)},{Cell(random)}\n");
            }

            var snapshot = plan.ReadCsv(new StringReader(csv.ToString()), "data.csv").Periods[^1];
            var compiled = plan.Compiled;
            Assert.All(compiled.Profiles, p => Assert.NotNull(p.Scorer));
            var withoutCode = compiled with { Profiles = [.. compiled.Profiles.Select(p => p with { Scorer = null })] };
            Assert.Equal(
                Columns(PlanEvaluator.Evaluate(withoutCode, snapshot, new HistoryIndex(), EvaluationOptions.Default)),
                Columns(PlanEvaluator.Evaluate(compiled, snapshot, new HistoryIndex(), EvaluationOptions.Default)));
        });

    // A value from a small set (so values repeat), now and then with a fraction or missing.
    private static string Cell(Random random) => random.Next(10) switch
    {
        0 => "",
        1 => (random.Next(-200, 1200) / 10m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => random.Next(-5, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string ProfilesPlan(Random random)
    {
        string Curve()
        {
            var (low, high, pays) = (random.Next(-10, 30), random.Next(31, 70), random.Next(1, 100));
            var prorated = random.Next(2) == 0 ? " prorated" : "";
            return random.Next(3) switch
            {
                0 => random.Next(2) == 0 ? $"linear from {low} to {high}" : $"linear from {high} to {low}",
                1 => $"ladder{prorated} {{ line x at {low} pays {pays}  line y at {high} pays {100 - pays} }}",
                _ => $"bands {{ at {high} scores 100  at {low} scores {random.Next(0, 100)}  otherwise 0 }}",
            };
        }

        string Dimension(string name, int weight, string[] inputs)
        {
            var first = random.Next(1, 100);
            var kpis = inputs.Length == 1
                ? [$"kpi {inputs[0]} weight 100% {Curve()}{Skip()}"]
                : new[] { $"kpi {inputs[0]} weight {first}% {Curve()}{Skip()}", $"kpi {inputs[1]} weight {100 - first}% {Curve()}{Skip()}" };
            return $"dimension {name} weight {weight}% {{\n  " + string.Join("\n  ", kpis) + "\n}";
        }

        string Skip() => random.Next(2) == 0 ? " missing skip" : "";

        string Dimensions(string prefix)
        {
            var inputs = new[] { "v1", "v2", "v3", "v4" }.OrderBy(_ => random.Next()).ToArray();
            var weight = random.Next(1, 100);
            return random.Next(2) == 0
                ? Dimension(prefix + "_only", 100, inputs[..random.Next(1, 3)])
                : Dimension(prefix + "_one", weight, inputs[..2]) + "\n" + Dimension(prefix + "_two", 100 - weight, inputs[2..random.Next(3, 5)]);
        }

        return string.Join("\n",
            "period month",
            "input role text",
            "input v1 number optional",
            "input v2 number optional",
            "input v3 number optional",
            "input v4 number optional",
            Dimensions("top"),
            "profile pa when role == \"a\" {",
            Dimensions("pa"),
            "}",
            "profile pb when role == \"b\" {",
            Dimensions("pb"),
            "}");
    }

    private static List<string> Columns(PeriodFrame frame)
    {
        static string Text<T>(IEnumerable<T> column) => string.Join(",", column.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "-"));
        return
        [
            .. frame.Numbers.Select(Text),
            .. frame.Kpis.Exact.Select(Text),
            .. frame.Kpis.State.Select(Text),
            .. frame.DimensionExact.Select(Text),
            .. frame.DimensionState.Select(Text),
            Text(frame.TotalExact),
            Text(frame.Profile),
        ];
    }
}
