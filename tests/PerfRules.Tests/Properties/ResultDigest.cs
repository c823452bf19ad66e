using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerfRules.Results;

namespace PerfRules.Tests.Properties;

/// <summary>
/// Everything a result says about one employee, as one line of text, so that two evaluations can be compared
/// whole: scores exact and shown, every dimension and KPI, standing, grade, payout, flags, rankings, levels,
/// awards and metrics.
/// </summary>
internal static class ResultDigest
{
    public static ImmutableSortedDictionary<string, string> Of(EvaluationResult result) =>
        result.Employees.ToImmutableSortedDictionary(e => e.Employee, Of, StringComparer.Ordinal);

    public static string Of(EmployeeResult e)
    {
        var text = new StringBuilder();
        text.Append($"{e.Employee} {e.Period} profile {e.Profile} score {N(e.Score)} exact {N(e.ExactScore)} ");
        foreach (var d in e.Dimensions)
        {
            text.Append($"[{d.Name} {N(d.Score)} {N(d.ExactScore)} {(d.IsLeftOut ? "out" : "in")}");
            foreach (var k in d.Kpis)
                text.Append($" ({k.Name} {N(k.Value)} {N(k.Score)} {N(k.ExactScore)} {k.IsMissing} {k.IsSkipped} {k.NextLine?.Line} {N(k.NextLine?.Distance)})");
            text.Append("] ");
        }

        text.Append($"rank {e.Rank}/{e.GroupSize} in '{e.Group}' grade {e.Grade} x{N(e.Multiplier)} vetoed {e.IsVetoed} ");
        text.Append($"vetoes [{string.Join("; ", e.VetoReasons)}] failed [{string.Join("; ", e.FailedRequirements)}] ");
        text.Append($"flags [{string.Join(" ", e.Flags.Select(f => f.Name))}] ");
        text.Append($"rankings [{string.Join(" ", e.Rankings.Select(r => $"{r.Name}:{r.Rank}/{r.GroupSize}@{r.Group}"))}] ");
        text.Append($"levels [{string.Join(" ", e.Levels.Select(l => $"{l.Name}:{l.Level}"))}] ");
        text.Append($"awards [{string.Join(" ", e.Awards.Select(a => $"{a.Name}:{N(a.Amount)}"))}] ");
        text.Append($"metrics [{string.Join(" ", e.Metrics.Select(m => $"{m.Key}:{Convert.ToString(m.Value, CultureInfo.InvariantCulture)}"))}]");
        return text.ToString();
    }

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Asserts two evaluations say the same of every employee, naming the first who differs.</summary>
    public static void AssertSame(ImmutableSortedDictionary<string, string> expected, ImmutableSortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (employee, digest) in expected) Assert.Equal(digest, actual[employee]);
    }
}
