using System.Linq.Expressions;
using PerfRules.Binding;
using PerfRules.Runtime;
using Expr = System.Linq.Expressions.Expression;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Compilation;

/// <summary>Lowers a checked plan into delegates: one per metric level (all metrics of a row in one call), one per condition and key.</summary>
internal static class PlanCompiler
{
    /// <summary>The plan's delegates; <paramref name="rememberCurves"/> off (to measure what it is worth) makes profile scorers without <see cref="Runtime.CurveMemo"/>s.</summary>
    public static CompiledPlan Compile(BoundPlan plan, string sourceText, bool rememberCurves = true)
    {
        var layout = new FrameLayout(plan);
        var compiler = new ExpressionCompiler(layout);

        var metricLevels = MetricLevels.Split(plan.Metrics)
            .Select(level => CompileMetricLevel(level, layout, compiler))
            .ToImmutableArray();

        return new CompiledPlan(
            plan,
            layout,
            metricLevels,
            CompileProfiles(plan, layout, compiler, rememberCurves),
            [.. plan.Vetoes.Select(v => compiler.CompileFlag(v.Condition))],
            [.. plan.NamedRankings.Prepend(plan.MainRanking).Select(r => CompileRanking(r, layout, compiler))],
            plan.Grades is { } grades ? CompileClassification(grades, layout.GradeSlot, compiler) : null,
            [.. plan.Levels.Select(l => CompileClassification(l, layout.LevelSlot(l), compiler))],
            plan.Payout is { } payout ? CompilePayout(payout, compiler) : null,
            [.. plan.Awards.Select(a => new AwardPlan(a, compiler.CompileNumber(a.Expression!), layout.AwardSlot(a)))],
            DefineAggregateCalls(plan, compiler),
            CompileFlags(plan, compiler),
            CompileHistoryCalls(plan, compiler, sourceText),
            sourceText);
    }

    // frame.Numbers[slot][row] = <metric>; ... for every metric of the level, in dependency order.
    private static RowCode CompileMetricLevel(ImmutableArray<MetricSymbol> metrics, FrameLayout layout, ExpressionCompiler compiler) =>
        CompileRowCode(compiler, "metrics", throwing => Expr.Block(
            metrics.Select(m => Expr.Assign(compiler.Slot(m.ValueType, layout.MetricSlot(m)), compiler.Compile(m.Expression!, throwing)))));

    // frame.FlagHolds[f][row] = <condition> == true for every flag.
    private static RowCode? CompileFlags(BoundPlan plan, ExpressionCompiler compiler)
    {
        if (plan.Flags.IsEmpty) return null;
        var holds = Expr.Property(compiler.Frame, nameof(PeriodFrame.FlagHolds));
        return CompileRowCode(compiler, "flags", throwing => Expr.Block(plan.Flags.Select((flag, f) => Expr.Assign(
            Expr.ArrayAccess(Expr.ArrayIndex(holds, Expr.Constant(f)), compiler.Row),
            Expr.Equal(compiler.Compile(flag.Condition, throwing), Expr.Constant(true, typeof(bool?)))))));
    }

    // The code of one row twice: in a loop over a range with arithmetic that throws on overflow, and for one row with
    // arithmetic that gives missing, compiled only when the first throws.
    private static RowCode CompileRowCode(ExpressionCompiler compiler, string name, Func<bool, Expr> oneRow) =>
        new(
            RowLoop.Compile(compiler, Expr.Block(oneRow(true), Expr.Empty()), name, [], []),
            TreeCompiler.CompileLater(Expr.Lambda<Action<PeriodFrame, int>>(Expr.Block(oneRow(false), Expr.Empty()), name + "_row", [compiler.Frame, compiler.Row])));

    private static ImmutableArray<ProfilePlan> CompileProfiles(BoundPlan plan, FrameLayout layout, ExpressionCompiler compiler, bool rememberCurves)
    {
        var kpiIndex = 0;
        var dimensionIndex = 0;
        var profiles = ImmutableArray.CreateBuilder<ProfilePlan>();
        foreach (var profile in plan.Profiles)
        {
            var dimensions = ImmutableArray.CreateBuilder<DimensionPlan>();
            foreach (var dimension in profile.Dimensions)
            {
                var kpis = dimension.Kpis
                    .Select(k => new KpiPlan(
                        k,
                        kpiIndex++,
                        layout.TargetSlot(new ScoreTarget(k.Name, IsDimension: false)),
                        compiler.CompileNumber(k.Value),
                        CurveScorer.For(k.Curve, compiler.CompileNumber),
                        ValueSlot(k.Value, layout)))
                    .ToImmutableArray();
                dimensions.Add(new DimensionPlan(dimension, dimensionIndex++, layout.TargetSlot(new ScoreTarget(dimension.Name, IsDimension: true)), kpis));
            }

            var condition = profile.Condition is { } c ? compiler.CompileFlag(c) : null;
            var scored = new ProfilePlan(profile, condition, dimensions.ToImmutable());
            profiles.Add(scored with { Scorer = ProfileScoreCompiler.Compile(scored, layout.TotalScoreSlot, compiler, rememberCurves) });
        }

        return profiles.ToImmutable();
    }

    // A rank key that is the total score, or a number input or metric, sorts that column itself: no copy is made.
    private static int KeySlot(BoundExpression key, FrameLayout layout) =>
        key is BoundScoreRef { Target: null } ? layout.TotalScoreSlot : ValueSlot(key, layout);

    // A KPI that scores an input or metric reads its column directly rather than through a delegate.
    private static int ValueSlot(BoundExpression value, FrameLayout layout) => value switch
    {
        BoundInputRef { Input.ValueType: ValueType.Number } input => layout.InputSlot(input.Input),
        BoundMetricRef { Metric.ValueType: ValueType.Number } metric => layout.MetricSlot(metric.Metric),
        _ => -1,
    };

    private static RankingPlan CompileRanking(RankingSymbol ranking, FrameLayout layout, ExpressionCompiler compiler)
    {
        var numbers = ImmutableArray.CreateBuilder<Func<PeriodFrame, int, decimal?>?>();
        var texts = ImmutableArray.CreateBuilder<Func<PeriodFrame, int, string?>?>();
        foreach (var key in ranking.Keys)
        {
            if (key.Expression.Type == ValueType.Text)
            {
                numbers.Add(null);
                texts.Add((Func<PeriodFrame, int, string?>)compiler.CompileDelegate(key.Expression));
                continue;
            }

            numbers.Add(SortableNumber(key.Expression, compiler));
            texts.Add(null);
        }

        return new RankingPlan(
            ranking,
            numbers.ToImmutable(),
            texts.ToImmutable(),
            [.. ranking.Keys.Select(k => k.Expression.Type == ValueType.Text)],
            [.. ranking.Keys.Select(k => k.Descending)],
            ranking.Within is { } within ? layout.InputSlot(within) : -1,
            [.. ranking.Keys.Select(k => KeySlot(k.Expression, layout))]);
    }

    // Flags sort false (0) before true (1) and dates by day number, so every non-text key sorts as a decimal.
    private static Func<PeriodFrame, int, decimal?> SortableNumber(BoundExpression key, ExpressionCompiler compiler)
    {
        if (key.Type == ValueType.Number) return compiler.CompileNumber(key);
        var value = compiler.Compile(key);
        Expr body = key.Type switch
        {
            ValueType.Flag => Expr.Call(typeof(RankKeyConversions).GetMethod(nameof(RankKeyConversions.FromFlag))!, value),
            ValueType.Date => Expr.Call(typeof(RankKeyConversions).GetMethod(nameof(RankKeyConversions.FromDate))!, value),
            _ => value,
        };
        return TreeCompiler.Compile(Expr.Lambda<Func<PeriodFrame, int, decimal?>>(body, "rank_key", [compiler.Frame, compiler.Row]));
    }

    // Each distinct history call once, in the order the plan text shows them: the same call written in two places
    // reads the same value, so it is explained once.
    private static ImmutableArray<HistoryCallPlan> CompileHistoryCalls(BoundPlan plan, ExpressionCompiler compiler, string sourceText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. PlanExpressions.All(plan)
            .SelectMany(PlanExpressions.Descendants)
            .OfType<BoundHistory>()
            .OrderBy(h => h.Span.Start)
            .Where(h => seen.Add(TextOf(h.Span, sourceText)))
            .Select(h => new HistoryCallPlan(h, compiler.CompileBoxedOnFirstCall(h), compiler.CompileBoxedOnFirstCall(h.Argument)))];
    }

    // A hand-built tree has no text: its calls are told apart by position.
    private static string TextOf(Diagnostics.SourceSpan span, string sourceText) =>
        span.Start >= 0 && span.End <= sourceText.Length && span.Length > 0
            ? sourceText.Substring(span.Start, span.Length)
            : "@" + span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ClassificationPlan CompileClassification(ClassificationSymbol symbol, int slot, ExpressionCompiler compiler) =>
        new(symbol, [.. symbol.Lines.Select(l => l.When is { } when ? compiler.CompileFlag(when) : null)], slot);

    private static PayoutPlan CompilePayout(PayoutSymbol payout, ExpressionCompiler compiler) =>
        new(
            [.. payout.Requires.Select(r => compiler.CompileFlag(r.Condition))],
            [.. payout.Multipliers.Select(m => compiler.CompileNumber(m.Value))],
            [.. payout.Multipliers.Select(m => m.When is { } when ? compiler.CompileFlag(when) : null)]);

    // Each aggregate call site once, in the order the plan text shows them; it shares its slot (and so its table) with the code that reads it.
    private static ImmutableArray<AggregateCallPlan> DefineAggregateCalls(BoundPlan plan, ExpressionCompiler compiler)
    {
        var seen = new HashSet<int>();
        return [.. PlanExpressions.All(plan)
            .SelectMany(PlanExpressions.Descendants)
            .OfType<BoundAggregate>()
            .Where(a => seen.Add(a.Slot))
            .OrderBy(a => a.Span.Start)
            .Select(a => new AggregateCallPlan(a, AggregateAccess.Define(a, compiler)))];
    }
}
