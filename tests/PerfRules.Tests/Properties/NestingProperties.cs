using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Compilation;
using PerfRules.Diagnostics;

namespace PerfRules.Tests.Properties;

/// <summary>
/// No nesting of any depth or mix overflows the stack, on a thread with a 1 MB stack (the default of a Windows
/// thread): past 100 levels of parentheses, calls and signs there is one diagnostic at the 101st opener, or at an
/// earlier one where the thread's stack runs short first (the message says how many levels were open); otherwise the
/// plan compiles and evaluates.
/// </summary>
public class NestingProperties
{
    // Each opener is one nesting level of the parser; its closer finishes what it opened with a number.
    private static readonly (string Open, string Close)[] Levels =
    [
        ("(", ")"), ("-", ""), ("- ", ""), ("abs(", ")"), ("min(a, ", ")"), ("max(", ", 1)"), ("round(", ", 2)"),
        ("coalesce(", ", 0)"), ("if(a > 0, ", ", 1)"), ("clamp(", ", 0, 100)"),
    ];

    public sealed record Nesting(ImmutableArray<int> Levels)
    {
        public override string ToString() => $"{Levels.Length} levels: {string.Concat(Levels.Take(20).Select(l => NestingProperties.Levels[l].Open))}...";
    }

    private static Gen<Nesting> Nestings =>
        from depth in Gen.Frequency((3, Gen.Choose(1, 100)), (1, Gen.Choose(95, 110)), (2, Gen.Choose(101, 3000)))
        from levels in Gen.Choose(0, Levels.Length - 1).ArrayOf(depth)
        select new Nesting([.. levels]);

    private static T OnOneMegabyteStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("compiling threw", failure);
        return result;
    }

    [ScaledProperty(200)]
    public Property Any_mix_of_nesting_is_one_diagnostic_past_100_levels_and_compiles_and_evaluates_up_to_them() =>
        Prop.ForAll(Arb.From(Nestings, n => n.Levels.Length > 1 ? [n with { Levels = n.Levels.RemoveAt(0) }] : []), nesting =>
        {
            var opens = nesting.Levels.Select(l => Levels[l].Open).ToList();
            var text = new StringBuilder("period month\ninput a number\nmetric m = ")
                .AppendJoin("", opens).Append('a').AppendJoin("", nesting.Levels.Reverse().Select(l => Levels[l].Close))
                .Append("\ndimension d weight 100% { kpi a weight 100% linear from 0 to 10 }\n").ToString();

            var (diagnostics, score) = OnOneMegabyteStack(() =>
            {
                using var interpreted = TreeCompiler.Watch(null, interpret: true);
                var compiled = PerfPlan.Compile(text, "nested.perf");
                if (!compiled.Success) return (compiled.Diagnostics, (decimal?)null);
                var roster = compiled.Plan.ReadCsv(new StringReader("employee,period,a\ne1,2025-01,5\n"));
                return (compiled.Diagnostics, compiled.Plan.Evaluate(roster).Employees[0].Score);
            });

            if (diagnostics.IsEmpty)
            {
                Assert.InRange(opens.Count, 1, 100);
                Assert.Equal(50.00m, score);
                return;
            }

            // Refused at the opener after the levels already open: the 101st, or an earlier one where the stack ran
            // short first, as the message says; a call at its parenthesis. "metric m = " is 11 characters.
            var error = Assert.Single(diagnostics);
            var open = int.Parse(error.Message.Split(' ')[4], CultureInfo.InvariantCulture);
            Assert.InRange(open, 1, Math.Min(100, opens.Count - 1));
            var refused = opens[open];
            var column = 12 + opens.Take(open).Sum(o => o.Length) + (char.IsAsciiLetter(refused[0]) ? refused.IndexOf('(') : 0);
            Assert.Equal((DiagnosticCode.NestingTooDeep, 3, column), (error.Code, error.Line, error.Column));
        });
}
