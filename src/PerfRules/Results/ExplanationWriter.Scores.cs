using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>
/// The scores section: the profile, the total from the dimensions' contributions, each dimension from its KPIs'
/// contributions, and each KPI's value and curve arithmetic. Every sum is of exact values (spec section 4).
/// </summary>
internal sealed partial class ExplanationWriter
{
    private void WriteScores()
    {
        Add(Step.Scores, 0, "Scores");
        WriteProfile();
        var dimensions = _result.Dimensions;
        Add(Step.Scores, 1, TotalText(dimensions));
        var profile = _plan.Profiles[_frame.Profile[_row]];
        for (var d = 0; d < dimensions.Length; d++)
        {
            var dimension = dimensions[d];
            Add(Step.Scores, 2, DimensionText(dimension));
            for (var k = 0; k < dimension.Kpis.Length; k++) WriteKpi(dimension.Kpis[k], profile.Dimensions[d].Kpis[k]);
        }
    }

    /// <summary>Which profile scored the employee, and why: every profile tried up to it.</summary>
    private void WriteProfile()
    {
        if (_plan.Profiles.Length == 1) return;
        var chosen = _frame.Profile[_row];
        for (var p = 0; p <= chosen; p++)
        {
            var profile = _plan.Profiles[p];
            if (profile.Symbol.Condition is not { } condition)
            {
                Add(Step.Scores, 1, "profile default: the top-level dimensions, as no other profile's condition holds");
                continue;
            }

            Add(Step.Scores, 1, $"profile {profile.Symbol.Name} when {WithValues(condition)} {(p == chosen ? "holds" : "fails")}{MissingNote(condition, p == chosen)}");
        }
    }

    private string TotalText(ImmutableArray<DimensionResult> dimensions)
    {
        if (_result.Score is not { } score) return "total missing: every dimension was left out, so there is no score";
        var parts = dimensions.Select(d => (d.Name, d.Weight, d.ExactScore, d.IsLeftOut)).ToList();
        var exact = _result.ExactScore!.Value;
        return $"total {WithExact(score, exact)}, the sum of the dimensions' contributions: {SumOfContributions(parts, "dimension", exact)}";
    }

    private string DimensionText(DimensionResult dimension)
    {
        if (dimension.IsLeftOut)
            return $"{dimension.Name}, weight {Pct(dimension.Weight)}: left out, since every KPI in it was missing and skipped";
        var exact = dimension.ExactScore!.Value;
        var parts = dimension.Kpis.Select(k => (k.Name, k.Weight, k.ExactScore, k.IsSkipped)).ToList();
        return $"{dimension.Name} {WithExact(dimension.Score!.Value, exact)}, weight {Pct(dimension.Weight)}: contributes {Contribution(dimension.Weight, exact)}; "
            + $"the sum of its KPIs' contributions: {SumOfContributions(parts, "KPI", exact)}";
    }

    /// <summary>
    /// "a 23.4747 + b 24 = 47.4747", or where parts are left out "(a 56.46 + c 20) / 80% = 95.58, since b is left
    /// out ...": the engine's own order of arithmetic (spec section 11).
    /// </summary>
    private static string SumOfContributions(List<(string Name, decimal Weight, decimal? Exact, bool LeftOut)> parts, string kind, decimal result)
    {
        var kept = parts.Where(p => !p.LeftOut).ToList();
        var sum = string.Join(" + ", kept.Select(p => $"{p.Name} {ContributionValue(p.Weight, p.Exact!.Value)}"));
        if (kept.Count == parts.Count) return $"{sum} = {Plain(result)}";
        var weights = Pct(kept.Sum(p => p.Weight));
        var leftOut = parts.Where(p => p.LeftOut).Select(p => p.Name).ToList();
        var verb = leftOut.Count == 1 ? "is" : "are";
        return $"({sum}) / {weights} = {Plain(result)}, since {string.Join(" and ", leftOut)} {verb} left out: "
            + $"the weights of the {kind}s left in, {weights}, are scaled up to 100%";
    }

    private void WriteKpi(KpiResult kpi, KpiPlan plan)
    {
        var weight = $"weight {Pct(kpi.Weight)}";
        if (kpi.IsSkipped)
        {
            Add(Step.Scores, 3, $"{kpi.Name}, {weight}: left out (missing skip), since {MissingKpiText(kpi, plan)}");
            return;
        }

        var exact = kpi.ExactScore!.Value;
        Add(Step.Scores, 3, $"{kpi.Name} {WithExact(kpi.Score!.Value, exact)}, {weight}: contributes {Contribution(kpi.Weight, exact)}");
        if (kpi.IsMissing)
        {
            Add(Step.Scores, 4, $"{MissingKpiText(kpi, plan)}; without missing skip it scores 0");
            return;
        }

        var value = kpi.Value!.Value;
        var unit = _units.Of(plan.Symbol.Value);
        Add(Step.Scores, 4, $"value {ExplanationNumbers.Number(value, unit)}");
        Add(Step.Scores, 4, CurveText(plan, value, unit, exact));
        if (kpi.NextLine is { } next)
            Add(Step.Scores, 4, $"next line {next.Line} at {ExplanationNumbers.Threshold(next.Threshold, unit)} is {ExplanationNumbers.Term(next.Distance, unit)} away");
    }

    private static string MissingKpiText(KpiResult kpi, KpiPlan plan) =>
        kpi.Value is null ? $"the value of {kpi.Name} is missing"
        : plan.Symbol.Curve is BoundExpressionCurve ? "its score = expression is missing"
        : "its curve's arithmetic overflowed";

    /// <summary>A shown score with its exact value where they differ: <c>73.25 (exact 73.249)</c>.</summary>
    private static string WithExact(decimal shown, decimal exact) =>
        shown == exact ? Shown(shown) : $"{Shown(shown)} (exact {Plain(exact)})";

    /// <summary><c>50% x 73.249 = 36.6245</c>: a weight times an exact score.</summary>
    private static string Contribution(decimal weight, decimal exact) =>
        $"{Pct(weight)} x {Plain(exact)} = {ContributionValue(weight, exact)}";

    private static string ContributionValue(decimal weight, decimal exact) =>
        Arithmetic.Multiply(weight, exact) is { } product ? Plain(product) : "an overflow";

    private static string Pct(decimal fraction) => ExplanationNumbers.PercentOnly(fraction);
}
