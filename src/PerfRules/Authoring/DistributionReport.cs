using PerfRules.Periods;
using PerfRules.Results;

namespace PerfRules.Authoring;

/// <summary>
/// The shape of one scored period: a histogram of scores, the grades in each group against the plan's <c>top</c>
/// targets, the payout multipliers given, and how many employees each veto, failed requirement and flag hit. Counts
/// only: every number here can be recounted from the standings.
/// </summary>
/// <example>
/// <code>
/// var report = DistributionReport.Create(plan, plan.Evaluate(roster));
/// foreach (var bin in report.ScoreBins) Console.WriteLine($"{bin.Label}: {bin.Count}");
/// </code>
/// </example>
public sealed class DistributionReport
{
    private const int BinWidth = 10;

    private DistributionReport(PerfPlan plan, EvaluationResult result)
    {
        var employees = result.Employees;
        PlanName = plan.Name ?? plan.SourceName;
        Period = result.Period;
        EmployeeCount = employees.Length;
        var scores = employees.Where(e => e.Score is not null).Select(e => e.Score!.Value).ToList();
        MissingScores = employees.Length - scores.Count;
        ScoreBins = Histogram(scores);
        AverageScore = scores.Count == 0 ? null : Math.Round(scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero);
        LowestScore = scores.Count == 0 ? null : scores.Min();
        HighestScore = scores.Count == 0 ? null : scores.Max();

        var targets = Targets(plan, employees);
        GradeGroups = plan.Grades.IsEmpty
            ? []
            : [.. employees.GroupBy(e => e.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Grades(g.Key, [.. g], plan.Grades, targets))];
        AllGrades = plan.Grades.IsEmpty ? null : Grades(null, employees, plan.Grades, targets);
        Multipliers = [.. employees.GroupBy(e => e.Multiplier).OrderByDescending(g => g.Key).Select(g => new MultiplierCount(g.Key, g.Count()))];
        VetoedCount = employees.Count(e => e.IsVetoed);
        Vetoes = Reasons(employees.SelectMany(e => e.VetoReasons));
        FailedRequirements = Reasons(employees.SelectMany(e => e.FailedRequirements));
        Flags = [.. plan.Flags.Select(f => new FlagCount(f, employees.Count(e => e.Flags.Any(x => x.Name == f))))];
    }

    /// <summary>The plan's name, or its file name.</summary>
    public string? PlanName { get; }

    /// <summary>The period scored, or null when nothing could be scored.</summary>
    public PerfPeriod? Period { get; }

    /// <summary>How many employees were scored.</summary>
    public int EmployeeCount { get; }

    /// <summary>How many have a missing score (every dimension left out); they are in no histogram bar.</summary>
    public int MissingScores { get; }

    /// <summary>Ten bars of ten points: 0-10, 10-20, ... 90-100.</summary>
    public ImmutableArray<ScoreBin> ScoreBins { get; }

    /// <summary>The mean of the shown scores, rounded to 2 decimals (halves away from zero); null when none.</summary>
    public decimal? AverageScore { get; }

    /// <summary>The lowest shown score.</summary>
    public decimal? LowestScore { get; }

    /// <summary>The highest shown score.</summary>
    public decimal? HighestScore { get; }

    /// <summary>The grades in each group of the main ranking, groups in ordinal order; empty without a grades block.</summary>
    public ImmutableArray<GradeGroup> GradeGroups { get; }

    /// <summary>The grades over the whole roster; null without a grades block.</summary>
    public GradeGroup? AllGrades { get; }

    /// <summary>Each multiplier given and how many got it, highest first.</summary>
    public ImmutableArray<MultiplierCount> Multipliers { get; }

    /// <summary>How many employees are vetoed.</summary>
    public int VetoedCount { get; }

    /// <summary>Each veto reason that held and how many it hit, most first (then by reason, ordinal).</summary>
    public ImmutableArray<ReasonCount> Vetoes { get; }

    /// <summary>Each failed requirement and how many it hit, most first (then by reason, ordinal).</summary>
    public ImmutableArray<ReasonCount> FailedRequirements { get; }

    /// <summary>Every flag of the plan, in file order, and how many it was raised for (0 included).</summary>
    public ImmutableArray<FlagCount> Flags { get; }

    /// <summary>The report of an evaluated period. The result must come from <paramref name="plan"/>.</summary>
    public static DistributionReport Create(PerfPlan plan, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(result);
        return new DistributionReport(plan, result);
    }

    private static ImmutableArray<ScoreBin> Histogram(List<decimal> scores)
    {
        var counts = new int[100 / BinWidth];
        foreach (var score in scores) counts[Math.Clamp((int)(score / BinWidth), 0, counts.Length - 1)]++;
        return [.. counts.Select((count, i) => new ScoreBin(i * BinWidth, (i + 1) * BinWidth, count))];
    }

    private static GradeGroup Grades(string? group, IReadOnlyList<EmployeeResult> members, ImmutableArray<string> grades, ImmutableArray<decimal?> targets)
    {
        var shares = ImmutableArray.CreateBuilder<GradeShare>(grades.Length);
        for (var g = 0; g < grades.Length; g++)
        {
            var count = members.Count(e => e.Grade == grades[g]);
            var share = members.Count == 0 ? 0m : Math.Round((decimal)count / members.Count, 4, MidpointRounding.AwayFromZero);
            shares.Add(new GradeShare(grades[g], count, share, targets.IsEmpty ? null : targets[g]));
        }

        return new GradeGroup(group, members.Count, shares.MoveToImmutable());
    }

    // The grade lines' tops are cumulative (S top 5%, A top 20%): each line aims at what its top adds to the one above.
    private static ImmutableArray<decimal?> Targets(PerfPlan plan, ImmutableArray<EmployeeResult> employees)
    {
        if (employees.IsEmpty || employees[0].Plan.Grades is not { } grades) return [];
        var lines = grades.Symbol.Lines;
        var targets = new decimal?[lines.Length];
        var above = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Top is { } top)
            {
                targets[i] = Math.Max(0m, top - above);
                above = Math.Max(above, top);
            }
            else if (i == lines.Length - 1 && above > 0m)
            {
                targets[i] = 1m - above;
            }
        }

        return lines.Length == plan.Grades.Length ? [.. targets] : [];
    }

    private static ImmutableArray<ReasonCount> Reasons(IEnumerable<string> reasons) =>
        [.. reasons.GroupBy(r => r).Select(g => new ReasonCount(g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)];
}
