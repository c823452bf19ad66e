using System.Collections.Immutable;
using System.Globalization;
using PerfRules.Results;

namespace PerfRules.Tests.Properties;

/// <summary>
/// The order of spec sections 7 and 11 worked out from a case's own rows and the results' shown scores: the band
/// (scored, score missing, vetoed), then each rank key in turn, missing values last whatever the direction.
/// </summary>
internal sealed class Standing(ScoringCase scoring, EvaluationResult result)
{
    public static readonly decimal[] TopShares = [0.10m, 0.25m, 0.335m, 0.5m, 0.9m];

    public ImmutableArray<EmployeeResult> Employees => result.Employees;

    /// <summary>The plan with one flag <c>top_N</c> per share of <see cref="TopShares"/>, so that <c>top(P)</c> can be read.</summary>
    public static PlanModel WithTopFlags(PlanModel plan) =>
        plan with
        {
            Extras = plan.Extras.AddRange(TopShares.Select((p, i) =>
                new ExtraModel("flag", $"top_{i}", $"when top({(p * 100m).ToString(CultureInfo.InvariantCulture)}%) \"Top share {i}\""))),
        };

    public static bool HoldsTop(EmployeeResult employee, int share) => employee.Flags.Any(f => f.Name == $"top_{share}");

    public string GroupOf(EmployeeResult employee) => scoring.Plan.Within ? Row(employee).Team ?? "" : "";

    public IEnumerable<EmployeeResult> GroupMembers(EmployeeResult employee) =>
        Employees.Where(other => GroupOf(other) == GroupOf(employee));

    public RowModel Row(EmployeeResult employee) => Evaluation.RowOf(scoring, employee);

    private static int Band(EmployeeResult employee) => employee.IsVetoed ? 2 : employee.Score is null ? 1 : 0;

    /// <summary>Negative when <paramref name="a"/> ranks strictly ahead of <paramref name="b"/>, 0 when they tie.</summary>
    public int Compare(EmployeeResult a, EmployeeResult b)
    {
        var band = Band(a).CompareTo(Band(b));
        if (band != 0) return band;
        foreach (var key in scoring.Plan.RankKeys)
        {
            var (x, y) = (KeyValue(a, key.Name), KeyValue(b, key.Name));
            if (x is null || y is null)
            {
                if (x is null != y is null) return x is null ? 1 : -1;
                continue;
            }

            var order = x.Value.CompareTo(y.Value);
            if (order != 0) return key.Descending ? -order : order;
        }

        return 0;
    }

    private decimal? KeyValue(EmployeeResult employee, string key) => key == "score" ? employee.Score : Row(employee).Value(key);

    public bool SameVetoOutcome(EmployeeResult a, EmployeeResult b) => a.VetoReasons.SequenceEqual(b.VetoReasons);

    public bool SamePayoutOutcome(EmployeeResult a, EmployeeResult b) =>
        SameVetoOutcome(a, b) && a.FailedRequirements.SequenceEqual(b.FailedRequirements);

    public int GradeIndex(EmployeeResult employee) => scoring.Plan.Grades.Select(g => g.Name).ToList().IndexOf(employee.Grade!);
}
