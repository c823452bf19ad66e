using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>
/// Binds profiles, dimensions and KPIs (spec 3, 4, 12.1). Each profile is checked on its own: its weights, and
/// one KPI at most per metric. The named profiles come in file order, the top-level dimensions (<c>default</c>) last.
/// </summary>
internal sealed class ScoringBinder(DeclarationTable table, ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    public ImmutableArray<ProfileSymbol> BindProfiles()
    {
        var profiles = ImmutableArray.CreateBuilder<ProfileSymbol>(table.Profiles.Count + 1);
        foreach (var profile in table.Profiles)
        {
            var condition = expressions.BindCondition(profile.Condition, ExpressionPlace.ProfileCondition,
                $"the condition of profile '{profile.Name.Name}'");
            profiles.Add(new ProfileSymbol(profile.Name.Name, condition, BindDimensions(profile.Dimensions, profile.Name), profile.Name.Span));
        }

        var topLevel = table.TopLevelDimensions;
        var span = topLevel.Count > 0 ? topLevel[0].Name.Span : SourceSpan.StartOfText;
        profiles.Add(new ProfileSymbol("default", null, BindDimensions(topLevel, null), span));
        return profiles.MoveToImmutable();
    }

    private ImmutableArray<DimensionSymbol> BindDimensions(IReadOnlyList<DimensionDeclaration> dimensions, Identifier? profile)
    {
        var kpiByMetric = new Dictionary<string, KpiSyntax>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DimensionSymbol>(dimensions.Count);
        foreach (var dimension in dimensions)
        {
            var weight = WeightChecker.Check(dimension.Weight, diagnostics);
            if (dimension.Kpis.IsEmpty) diagnostics.Error(DiagnosticCode.EmptyDimension, dimension.Name.Span, dimension.Name.Name);
            var kpis = ImmutableArray.CreateRange(dimension.Kpis, k => BindKpi(k, kpiByMetric));
            WeightChecker.CheckKpiTotal(dimension, diagnostics);
            result.Add(new DimensionSymbol(dimension.Name.Name, weight, kpis, dimension.Name.Span));
        }

        WeightChecker.CheckDimensionTotal(dimensions, profile, diagnostics);
        return result.MoveToImmutable();
    }

    private KpiSymbol BindKpi(KpiSyntax kpi, Dictionary<string, KpiSyntax> kpiByMetric)
    {
        var name = kpi.Metric;
        var value = ScoredValue(name);
        if (kpiByMetric.TryGetValue(name.Name, out var first))
        {
            diagnostics.Error(DiagnosticCode.DuplicateKpi, name.Span, name.Name, first.Span.Line);
        }
        else
        {
            kpiByMetric.Add(name.Name, kpi);
        }

        var weight = WeightChecker.Check(kpi.Weight, diagnostics);
        var curve = CurveChecker.Bind(kpi.Curve, expressions, diagnostics);
        return new KpiSymbol(name.Name, value, weight, curve, kpi.SkipWhenMissing, kpi.Span);
    }

    /// <summary>The input or metric a KPI scores: it must hold a number (spec 3: number, money, count or percent).</summary>
    private BoundExpression ScoredValue(Identifier name)
    {
        BoundExpression? value = table.Lookup(name.Name) switch
        {
            { Kind: NameKind.Input, Symbol: InputSymbol input } => new BoundInputRef(input, name.Span),
            { Kind: NameKind.Metric, Symbol: MetricSymbol metric } => new BoundMetricRef(metric, name.Span),
            _ => null,
        };

        if (value is null)
        {
            var what = table.Describe(name.Name);
            if (what == "not declared") table.ReportUnknown(diagnostics, name.Name, name.Span);
            else diagnostics.Error(DiagnosticCode.NotCallable, name.Span, name.Name, what + ", not an input or metric that a KPI can score");
            return new BoundErrorExpression(ValueType.Number, name.Span);
        }

        if (value.Type != ValueType.Number)
        {
            diagnostics.Error(DiagnosticCode.KpiNotNumber, name.Span, name.Name, TypeNames.Bare(value.Type));
        }

        return value;
    }
}
