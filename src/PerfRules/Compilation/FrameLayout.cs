using PerfRules.Binding;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Compilation;

/// <summary>
/// Where every value an expression can read lives in a <see cref="Runtime.PeriodFrame"/>: one typed column
/// ("slot") per input, metric, score, rank, grade and so on. Computed once per plan; generated code indexes the
/// frame's column arrays with these numbers.
/// </summary>
internal sealed class FrameLayout
{
    private readonly Dictionary<MetricSymbol, int> _metricSlots = [];
    private readonly Dictionary<ScoreTarget, int> _targetSlots = [];
    private readonly Dictionary<RankingSymbol, int> _rankSlots = [];
    private readonly Dictionary<RankingSymbol, int> _groupSizeSlots = [];
    private readonly Dictionary<RankingSymbol, int> _shareAheadSlots = [];
    private readonly Dictionary<ClassificationSymbol, int> _levelSlots = [];
    private readonly Dictionary<AwardSymbol, int> _awardSlots = [];
    private readonly int[] _inputSlots;
    private readonly int[] _slotCounts = new int[4];

    public FrameLayout(BoundPlan plan)
    {
        _inputSlots = new int[plan.Inputs.Length];
        foreach (var input in plan.Inputs) _inputSlots[input.Index] = Next(input.ValueType);
        foreach (var metric in plan.Metrics) _metricSlots[metric] = Next(metric.ValueType);
        TotalScoreSlot = Next(ValueType.Number);

        var kpis = new List<KpiSymbol>();
        var dimensions = new List<DimensionSymbol>();
        foreach (var dimension in plan.Profiles.SelectMany(p => p.Dimensions))
        {
            dimensions.Add(dimension);
            kpis.AddRange(dimension.Kpis);
        }

        // Only the scores an expression reads by name get a column; results round the others from exact values.
        var read = PlanExpressions.All(plan).SelectMany(PlanExpressions.Descendants).OfType<BoundScoreRef>();
        foreach (var reference in read)
            if (reference.Target is { } target) AddTarget(target);

        Kpis = [.. kpis];
        Dimensions = [.. dimensions];

        // Rank and group size as numbers only where an expression reads them (results read the frame's int columns);
        // the share ahead always, since grade lines and top() compare it.
        var nodes = PlanExpressions.All(plan).SelectMany(PlanExpressions.Descendants).ToList();
        var ranksRead = nodes.OfType<BoundRankRef>().Select(r => r.Ranking).ToHashSet();
        var sizesRead = nodes.OfType<BoundGroupSizeRef>().Select(g => g.Ranking).ToHashSet();
        foreach (var ranking in plan.NamedRankings.Prepend(plan.MainRanking))
        {
            if (ranksRead.Contains(ranking)) _rankSlots[ranking] = Next(ValueType.Number);
            if (sizesRead.Contains(ranking)) _groupSizeSlots[ranking] = Next(ValueType.Number);
            _shareAheadSlots[ranking] = Next(ValueType.Number);
        }

        GradeSlot = Next(ValueType.Text);
        foreach (var levels in plan.Levels) _levelSlots[levels] = Next(ValueType.Text);
        MultiplierSlot = Next(ValueType.Number);
        foreach (var award in plan.Awards) _awardSlots[award] = Next(ValueType.Number);
    }

    /// <summary>Every KPI of every profile, in a fixed order: profiles as listed in the plan, then dimensions, then KPIs.</summary>
    public ImmutableArray<KpiSymbol> Kpis { get; }

    /// <summary>Every dimension of every profile, in the same order.</summary>
    public ImmutableArray<DimensionSymbol> Dimensions { get; }

    public int TotalScoreSlot { get; }
    public int GradeSlot { get; }
    public int MultiplierSlot { get; }

    public int NumberSlots => _slotCounts[(int)ValueType.Number];
    public int FlagSlots => _slotCounts[(int)ValueType.Flag];
    public int TextSlots => _slotCounts[(int)ValueType.Text];
    public int DateSlots => _slotCounts[(int)ValueType.Date];

    public int InputSlot(InputSymbol input) => _inputSlots[input.Index];
    public int MetricSlot(MetricSymbol metric) => _metricSlots[metric];
    /// <summary>The column of a dimension's or KPI's shown score, or -1 when no expression reads it.</summary>
    public int TargetSlot(ScoreTarget target) => _targetSlots.GetValueOrDefault(target, -1);
    /// <summary>The column of a ranking's rank as a number, or -1 when no expression reads it.</summary>
    public int RankSlot(RankingSymbol ranking) => _rankSlots.GetValueOrDefault(ranking, -1);

    /// <summary>The column of a ranking's group size as a number, or -1 when no expression reads it.</summary>
    public int GroupSizeSlot(RankingSymbol ranking) => _groupSizeSlots.GetValueOrDefault(ranking, -1);

    /// <summary>The column of (rank - 1) / group_size: worked out once per row, so every <c>top(P)</c> is one comparison.</summary>
    public int ShareAheadSlot(RankingSymbol ranking) => _shareAheadSlots[ranking];
    public int LevelSlot(ClassificationSymbol levels) => _levelSlots[levels];
    public int AwardSlot(AwardSymbol award) => _awardSlots[award];

    private void AddTarget(ScoreTarget target)
    {
        if (!_targetSlots.ContainsKey(target)) _targetSlots[target] = Next(ValueType.Number);
    }

    private int Next(ValueType type) => _slotCounts[(int)type]++;
}
