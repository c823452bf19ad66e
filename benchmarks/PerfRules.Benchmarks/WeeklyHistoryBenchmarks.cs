using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// A weekly plan with window functions (<c>highest(x)</c>, <c>times(c, 4)</c>, <c>latest(x)</c>, <c>streak</c>)
/// over a year of weeks, scored once with every earlier week as history, against scoring each week on its own
/// (no history). The history run evaluates the same weeks plus the windows, so its time should stay a constant
/// multiple of the baseline whatever the number of weeks: linear in the number of periods, never quadratic.
/// The roster has churn: some employees miss weeks and some join during the year, so that <c>latest</c> and
/// <c>highest</c> have to look back past gaps.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WeeklyHistoryBenchmarks
{
    public const string PlanText = """
        plan "Weekly routine"
        period week

        input solved     count  sum
        input posts      count  sum
        input visits     count  sum
        input complaints count  sum
        input survey     number last optional

        metric routine     = solved >= 5 and posts >= 3 and visits >= 1
        metric peak        = highest(solved)
        metric good_weeks  = times(routine, 4)
        metric last_survey = latest(survey)
        metric run         = streak(routine)

        dimension routine_work weight 70% {
          kpi solved weight 50% linear from 0 to 5
          kpi posts  weight 30% linear from 0 to 3
          kpi visits weight 20% linear from 0 to 1
        }
        dimension customers weight 30% {
          kpi last_survey weight 100% linear from 0 to 10 missing skip
        }

        rank by score desc

        flag steady     when good_weeks >= 3 "The routine in 3 of the last 4 weeks"
        flag record     when solved >= peak and run >= 2 "A record week inside a run"
        flag complaints when complaints > previous(complaints) * 1.2 "Complaints up more than 20% on last week"
        """;

    private PerfPlan _plan = null!;
    private PeriodSnapshot[] _weeks = null!;

    [Params(10_000)]
    public int Employees { get; set; }

    [Params(13, 26, 52)]
    public int Weeks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var compiled = PerfPlan.Compile(PlanText, "weekly.perf");
        _plan = compiled.Plan ?? throw new InvalidOperationException(string.Join("\n", compiled.Diagnostics));
        var roster = _plan.ReadCsv(new StringReader(Csv(Employees, Weeks)), "weekly.csv");
        if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
        _weeks = [.. roster.Periods];
        if (_weeks.Length != Weeks) throw new InvalidOperationException($"{_weeks.Length} weeks read, {Weeks} expected.");
    }

    [Benchmark(Baseline = true, Description = "each week on its own")]
    public int SingleWeeks()
    {
        var scored = 0;
        foreach (var week in _weeks) scored += _plan.Evaluate(week).Employees.Length;
        return scored;
    }

    [Benchmark(Description = "last week, every earlier week as history")]
    public int WithHistory() => _plan.Evaluate(_weeks[^1], _weeks[..^1]).Employees.Length;

    /// <summary>The roster as weekly CSV rows from 2025-W01 on; deterministic.</summary>
    public static string Csv(int employees, int weeks)
    {
        var text = new StringBuilder("employee,period,solved,posts,visits,complaints,survey\n");
        for (var week = 1; week <= weeks; week++)
        {
            var period = "2025-W" + week.ToString("D2", CultureInfo.InvariantCulture);
            for (var e = 0; e < employees; e++)
            {
                var noise = Mix(e, week);
                var joinsLate = e % 20 == 0 && week <= e / 20 % weeks; // 5% join during the year
                if (joinsLate || noise % 50 == 0) continue;              // and 2% miss any given week
                var survey = noise % 4 == 0 ? (noise / 7 % 11).ToString(CultureInfo.InvariantCulture) : "";
                text.Append(CultureInfo.InvariantCulture,
                    $"a{e:D5},{period},{noise % 8},{noise / 8 % 5},{noise / 40 % 3},{noise / 120 % 4},{survey}\n");
            }
        }

        return text.ToString();
    }

    // A cheap, deterministic hash of (employee, week), positive.
    private static int Mix(int employee, int week)
    {
        var x = (uint)((employee * 7919) ^ (week * 104_729));
        x ^= x >> 16;
        x *= 0x45d9f3b;
        x ^= x >> 16;
        return (int)(x & 0x7fff_ffff);
    }
}
