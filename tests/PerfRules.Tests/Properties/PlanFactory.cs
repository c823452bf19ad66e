using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>
/// Builds a random valid plan from a seed. FsCheck draws the seed, so a printed seed replays the same plan; the
/// plan is shrunk structurally by <see cref="Shrinking"/>, never through the seed.
/// </summary>
internal sealed class PlanFactory(Random random, PlanShape shape)
{
    private static readonly decimal[] TopShares = [5, 10, 20, 25, 30, 50, 70, 90];
    private readonly List<InputModel> _inputs = [];
    private readonly List<RatioModel> _ratios = [];
    private readonly List<ExtraModel> _extras = [];
    private bool _hasGrades;

    public static PlanModel Build(int seed, PlanShape shape) => new PlanFactory(new Random(seed), shape).Build();

    private PlanModel Build()
    {
        var dimensionCount = random.Next(1, 4);
        var dimensionWeights = Partition(dimensionCount);
        var dimensions = ImmutableArray.CreateBuilder<DimensionModel>();
        for (var d = 0; d < dimensionCount; d++)
        {
            var kpiCount = random.Next(1, 4);
            var kpiWeights = Partition(kpiCount);
            var kpis = Enumerable.Range(0, kpiCount).Select(k => Kpi(kpiWeights[k])).ToImmutableArray();
            dimensions.Add(new DimensionModel($"d{d}", dimensionWeights[d], kpis));
        }

        var grades = Grades();
        _hasGrades = !grades.IsEmpty;
        var vetoes = Enumerable.Range(0, random.Next(0, 3))
            .Select(v => new VetoModel(random.Next(0, 3), grades.IsEmpty || Chance(0.3) ? null : grades[random.Next(grades.Length)].Name, $"Veto {v}"))
            .ToImmutableArray();
        if (shape.History) AddHistory();
        AddFlagsAndAwards();

        return new PlanModel(
            [.. _inputs], [.. _ratios], dimensions.ToImmutable(), vetoes, RankKeys(), shape.Within || Chance(0.4),
            grades, Chance(0.7) ? Payout() : null, [.. _extras]);
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>100 split into positive parts: whole percents, or halves now and then (37.5%).</summary>
    private decimal[] Partition(int parts)
    {
        var halves = Chance(0.3);
        var total = halves ? 200 : 100;
        var cuts = Enumerable.Range(1, total - 1).OrderBy(_ => random.Next()).Take(parts - 1).Order().Append(total).ToArray();
        var previous = 0;
        var result = new decimal[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = halves ? (cuts[i] - previous) / 2m : cuts[i] - previous;
            previous = cuts[i];
        }

        return result;
    }

    private KpiModel Kpi(decimal weight)
    {
        if (Chance(0.15))
        {
            // A ratio whose denominator may be 0: missing, scored 0 or left out.
            var n = _ratios.Count;
            _inputs.Add(new InputModel($"n{n}", InputKind.Number, false));
            _inputs.Add(new InputModel($"q{n}", InputKind.Count, false));
            _ratios.Add(new RatioModel($"r{n}", $"n{n}", $"q{n}"));
            return new KpiModel($"r{n}", weight, Curve(1m), Chance(0.5), false);
        }

        var kind = Pick([InputKind.Number, InputKind.Money, InputKind.Count, InputKind.Percent]);
        var input = new InputModel($"k{_inputs.Count}", kind, Chance(0.35));
        _inputs.Add(input);
        var percent = kind == InputKind.Percent;
        return new KpiModel(input.Name, weight, Curve(percent ? 0.01m : 1m), input.Optional && Chance(0.6), percent);
    }

    /// <summary>A curve over values around 0..100 (times <paramref name="scale"/> for percents).</summary>
    private CurveModel Curve(decimal scale)
    {
        switch (random.Next(4))
        {
            case 0:
                var from = random.Next(-20, 121);
                var to = random.Next(-20, 120);
                if (to >= from) to++;
                return new LinearModel(from * scale, to * scale);
            case 1:
                var lines = random.Next(1, 5);
                var pays = Partition(lines);
                var ats = Thresholds(lines, descending: Chance(0.4));
                return new LadderModel(Chance(0.6), [.. ats.Select((at, i) => new LadderLineModel(at * scale, pays[i]))]);
            case 2:
                var bands = random.Next(0, 4);
                var lower = Chance(0.4);
                var thresholds = Thresholds(bands, descending: !lower);
                var scores = Enumerable.Range(0, bands + 1).Select(_ => (decimal)random.Next(0, 101)).ToArray();
                if (Chance(0.8)) scores = [.. scores.OrderDescending()];
                return new BandsModel([.. thresholds.Select((at, i) => new BandModel(at * scale, scores[i]))], scores[^1]);
            default:
                return new ExpressionCurveModel(Pick([0.5m, 1m, 2m, -1m, -0.5m]) / scale, Pick([0m, 10m, 50m]));
        }
    }

    private int[] Thresholds(int count, bool descending)
    {
        var values = Enumerable.Range(-10, 121).OrderBy(_ => random.Next()).Take(count).Order().ToArray();
        return descending ? [.. values.Reverse()] : values;
    }

    private ImmutableArray<RankKeyModel> RankKeys()
    {
        var keys = ImmutableArray.CreateBuilder<RankKeyModel>();
        var scoreFirst = shape.Fair || Chance(0.75);
        if (scoreFirst) keys.Add(new RankKeyModel("score", true));
        if (Chance(0.5)) keys.Add(new RankKeyModel("badge", Chance(0.5)));
        if (Chance(0.3)) keys.Add(new RankKeyModel(Pick(_inputs).Name, Chance(0.5)));
        if (shape.History && Chance(0.5)) keys.Add(new RankKeyModel("h_score", true));
        if (!scoreFirst && Chance(0.5)) keys.Add(new RankKeyModel("score", true));
        if (keys.Count == 0) keys.Add(new RankKeyModel("score", true));
        return keys.ToImmutable();
    }

    private ImmutableArray<GradeLineModel> Grades()
    {
        if (Chance(0.2)) return [];
        var count = random.Next(1, 5);
        var lines = ImmutableArray.CreateBuilder<GradeLineModel>();
        for (var i = 0; i < count; i++)
        {
            decimal? top = Chance(0.6) ? Pick(TopShares) : null;
            decimal? at = Chance(0.5) ? random.Next(2, 19) * 5 : null;
            var when = shape.TopAndAtOnly || Chance(0.6) ? null : Condition(forGrades: true);
            if (top is null && at is null && when is null) top = Pick(TopShares);
            lines.Add(new GradeLineModel($"G{i}", top, at, when));
        }

        lines.Add(new GradeLineModel($"G{count}", null, null, null));
        return lines.ToImmutable();
    }

    private PayoutModel Payout()
    {
        var requires = Enumerable.Range(0, random.Next(0, 3))
            .Select(r => (Pick(["tenure >= 6", "score >= 30", $"{Pick(_inputs).Name} >= 10", "violations == 0"]), $"Requirement {r}"))
            .ToImmutableArray();
        var lines = ImmutableArray.CreateBuilder<MultiplierModel>();
        var conditional = random.Next(0, 3);
        for (var i = 0; i < conditional; i++) lines.Add(new MultiplierModel(Pick([0.5m, 1.5m, 2m, 3m]), Condition(forGrades: false)));
        lines.Add(new MultiplierModel(Pick([0m, 1m, 1m, 1.25m]), null));
        return new PayoutModel(requires, lines.ToImmutable());
    }

    /// <summary>A condition of a grade line or a multiplier line; in a fair plan one that reads only the standing.</summary>
    private string Condition(bool forGrades)
    {
        List<string> standing = ["rank <= 2", "rank == 1", $"top({Pick(TopShares)}%)", "group_size >= 3", "rank * 2 <= group_size"];
        if (!forGrades) standing.Add("score >= 50");
        if (!forGrades && _hasGrades) standing.Add("grade == \"G0\"");
        if (shape.Fair) return Pick(standing);
        List<string> other = ["tenure >= 12", "violations == 0", $"{Pick(_inputs).Name} > 50", $"not is_missing({Pick(_inputs).Name})"];
        if (shape.History) other.Add("coalesce(previous(rank), 99) <= 2");
        return Chance(0.5) ? Pick(standing) : Pick(other);
    }

    private void AddHistory()
    {
        var input = Pick(_inputs).Name;
        _extras.Add(new ExtraModel("metric", "h_prev", $"previous({input})"));
        _extras.Add(new ExtraModel("metric", "h_sum", $"sum({input}, 2)"));
        _extras.Add(new ExtraModel("metric", "h_score", "previous(score)"));
        _extras.Add(new ExtraModel("metric", "h_latest", $"latest({input})"));
        _extras.Add(new ExtraModel("flag", "streaking", "when streak(top(50%)) >= 2 \"Top half twice running\""));
        _extras.Add(new ExtraModel("flag", "steady", "when times(score >= 50, 3) >= 2 \"Fifty twice in three\""));
        _extras.Add(new ExtraModel("flag", "peak", "when highest(score, 2) >= 70 \"A seventy lately\""));
        _extras.Add(new ExtraModel("flag", "rising", $"when {input} > previous({input}) \"Rising\""));
    }

    private void AddFlagsAndAwards()
    {
        for (var f = random.Next(0, 4); f > 0; f--)
            _extras.Add(new ExtraModel("flag", $"top{f}", $"when top({Pick(TopShares)}%) \"Top share {f}\""));
        if (Chance(0.3)) _extras.Add(new ExtraModel("flag", "high", $"when {Pick(_inputs).Name} > 60 \"High\""));
        if (Chance(0.4)) _extras.Add(new ExtraModel("award", "bonus", "= if(top(20%), score * 10.5, 0) \"Bonus\""));
        if (Chance(0.3)) _extras.Add(new ExtraModel("award", "team_share", "= score / group_sum(score by team) * 1000 \"Share of the team\""));
        if (Chance(0.3)) _extras.Add(new ExtraModel("award", "paid", "= multiplier * 100 / 3 \"Paid\""));
    }
}
