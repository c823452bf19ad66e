using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>
/// Weights are percent literals above 0%; the KPI weights of each dimension, and the dimension weights of each
/// profile, add up to exactly 100% (spec 3, 12.1).
/// </summary>
internal static class WeightChecker
{
    /// <summary>Reports a weight that is not a percent above 0%; returns the weight as a fraction.</summary>
    public static decimal Check(NumberLiteral weight, DiagnosticBag diagnostics)
    {
        if (!weight.IsPercent || weight.Value <= 0m) diagnostics.Error(DiagnosticCode.InvalidWeight, weight.Span, weight.Text);
        return weight.Value;
    }

    public static void CheckKpiTotal(DimensionDeclaration dimension, DiagnosticBag diagnostics)
    {
        if (dimension.Kpis.IsEmpty) return;
        if (Total(dimension.Kpis.Select(k => k.Weight)) is { } total)
        {
            diagnostics.Error(DiagnosticCode.KpiWeightsNot100, dimension.Name.Span, dimension.Name.Name, total);
        }
    }

    /// <summary>Checks a profile's dimension weights; <paramref name="profile"/> is null for the top-level dimensions.</summary>
    public static void CheckDimensionTotal(IReadOnlyList<DimensionDeclaration> dimensions, Identifier? profile, DiagnosticBag diagnostics)
    {
        if (dimensions.Count == 0) return;
        if (Total(dimensions.Select(d => d.Weight)) is { } total)
        {
            var where = profile is null ? "" : $" in profile '{profile.Name}'";
            diagnostics.Error(DiagnosticCode.DimensionWeightsNot100, profile?.Span ?? dimensions[0].Name.Span, where, total);
        }
    }

    /// <summary>
    /// The total as a percent when it is not exactly 100%, else null. A weight that is not a percent is reported on
    /// its own and makes a total meaningless, so then nothing more is said.
    /// </summary>
    private static string? Total(IEnumerable<NumberLiteral> weights)
    {
        var list = weights.ToList();
        if (list.Exists(w => !w.IsPercent)) return null;
        var sum = NumberText.Sum(list.Select(w => w.Value));
        if (sum == 1m) return null;
        return sum is { } s ? NumberText.Percent(s) : "far more than 100%";
    }
}
