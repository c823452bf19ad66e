using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;
using PerfRules.Text;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>Writes the trace of one employee's result: every number a person needs to redo it by hand.</summary>
internal sealed partial class ExplanationWriter
{
    private readonly ImmutableArray<ExplanationLine>.Builder _lines = ImmutableArray.CreateBuilder<ExplanationLine>();
    private readonly EmployeeResult _result;
    private readonly CompiledPlan _plan;
    private readonly PeriodFrame _frame;
    private readonly int _row;

    private ExplanationWriter(EmployeeResult result)
    {
        _result = result;
        _plan = result.Plan;
        _frame = result.Frame;
        _row = result.Row;
    }

    public static Explanation Write(EmployeeResult result)
    {
        var writer = new ExplanationWriter(result);
        writer.WriteAll();
        return new Explanation(result.Employee, result.Period, writer._lines.ToImmutable());
    }

    private void Add(Step step, int depth, string text) => _lines.Add(new ExplanationLine(step, depth, text));

    private string SourceOf(BoundExpression expression) => _plan.SourceOf(expression.Span);

    private void WriteAll()
    {
        var plan = _plan.Bound;
        var title = plan.Name is null ? "" : $" under plan \"{plan.Name}\"";
        Add(Step.Summary, 0, $"{_result.Employee} in {_result.Period}{title}, profile {_result.Profile}");
        WriteProfile();
        WriteInputs();
        WriteMetrics();
        WriteHistory();
        WriteAggregates();
        WriteScores();
        WriteVetoes();
        WriteRank();
        WriteNamedRankings();
        WriteGrade();
        WriteLevels();
        WritePayout();
        WriteAwards();
        WriteFlags();
    }

    private void WriteInputs()
    {
        Add(Step.Inputs, 0, "Inputs");
        foreach (var input in _plan.Bound.Inputs)
        {
            var value = _frame.Snapshot.GetValue(_row, input.Index);
            Add(Step.Inputs, 1, $"{input.Name} = {ValueFormat.Any(value, input.Type)}");
        }
    }

    private void WriteMetrics()
    {
        var metrics = _plan.Bound.Metrics.OrderBy(m => m.Span.Start).ToList();
        if (metrics.Count == 0) return;
        Add(Step.Metrics, 0, "Metrics");
        foreach (var metric in metrics)
        {
            var value = ResultDetails.ReadSlot(_frame, metric.ValueType, _plan.Layout.MetricSlot(metric), _row);
            Add(Step.Metrics, 1, $"{metric.Name} = {SourceOf(metric.Expression!)} = {ValueFormat.Any(value)}");
        }
    }

    private void WriteHistory()
    {
        var calls = _plan.HistoryCalls;
        if (calls.IsEmpty) return;
        Add(Step.History, 0, "History");
        foreach (var call in calls)
        {
            var value = call.Read(_frame, _row);
            var period = call.Symbol.Function == HistoryFunction.Previous
                ? $" from {_frame.Period.Previous(call.Symbol.Count)}"
                : call.Symbol.Count > 0 ? $" over the {call.Symbol.Count} periods ending {_frame.Period}" : $" over every period up to {_frame.Period}";
            Add(Step.History, 1, $"{SourceOf(call.Symbol)} = {ValueFormat.Any(value, call.MoneyType)}{period}");
        }
    }

    private void WriteScores()
    {
        Add(Step.Scores, 0, "Scores");
        var dimensions = _result.Dimensions;
        var total = _result.Score is { } score
            ? $"total {ValueFormat.Score(score)} (exact {ValueFormat.Trimmed(_result.ExactScore!.Value)})"
            : "total missing: every dimension was left out";
        Add(Step.Scores, 1, total + WeightedSum(dimensions.Select(d => (d.Weight, d.Name, d.ExactScore, d.IsLeftOut))));
        var profile = _plan.Profiles[_frame.Profile[_row]];
        for (var d = 0; d < dimensions.Length; d++)
        {
            var dimension = dimensions[d];
            var head = dimension.IsLeftOut
                ? $"{dimension.Name}: left out, every KPI was skipped"
                : $"{dimension.Name} {ValueFormat.Score(dimension.Score!.Value)} (exact {ValueFormat.Trimmed(dimension.ExactScore!.Value)})"
                  + WeightedSum(dimension.Kpis.Select(k => (k.Weight, k.Name, k.ExactScore, k.IsSkipped)));
            Add(Step.Scores, 2, head);
            for (var k = 0; k < dimension.Kpis.Length; k++)
                Add(Step.Scores, 3, KpiLine(dimension.Kpis[k], profile.Dimensions[d].Kpis[k]));
        }
    }

    private static string WeightedSum(IEnumerable<(decimal Weight, string Name, decimal? Exact, bool LeftOut)> parts)
    {
        var list = parts.ToList();
        var kept = list.Where(p => !p.LeftOut).ToList();
        if (kept.Count == 0) return "";
        var sum = string.Join(" + ", kept.Select(p => $"{ValueFormat.Percent(p.Weight)} x {p.Name} {ValueFormat.Trimmed(p.Exact!.Value)}"));
        if (kept.Count == list.Count) return " = " + sum;
        var weights = ValueFormat.Percent(kept.Sum(p => p.Weight));
        return $" = ({sum}) / {weights}, since {string.Join(", ", list.Where(p => p.LeftOut).Select(p => p.Name))} left out";
    }

    private string KpiLine(KpiResult kpi, KpiPlan plan)
    {
        if (kpi.Value is not { } value)
        {
            return kpi.IsSkipped
                ? $"{kpi.Name}: missing, left out (missing skip); its weight is shared among the others"
                : $"{kpi.Name}: missing, scores 0";
        }

        var how = plan.Curve switch
        {
            LinearScorer => LinearText(plan.Symbol.Curve as BoundLinearCurve, value),
            LadderScorer ladder => LadderText(ladder, value),
            BandsScorer => BandsText((BoundBandsCurve)plan.Symbol.Curve, value),
            _ => $"score = {SourceOf(((BoundExpressionCurve)plan.Symbol.Curve).Expression)}",
        };
        if (kpi.ExactScore is not { } exact)
            return $"{kpi.Name}: value {ValueFormat.Trimmed(value)}, {how}: missing, " + (kpi.IsSkipped ? "left out (missing skip)" : "scores 0");
        var next = kpi.NextLine is { } line ? $"; next line {line.Line} at {ValueFormat.Trimmed(line.Threshold)} is {ValueFormat.Trimmed(line.Distance)} away" : "";
        return $"{kpi.Name}: value {ValueFormat.Trimmed(value)}, {how} = {ValueFormat.Trimmed(exact)}, shown {ValueFormat.Score(kpi.Score!.Value)}{next}";
    }

    private static string LinearText(BoundLinearCurve? curve, decimal value)
    {
        var (a, b) = (ValueFormat.Trimmed(curve!.From), ValueFormat.Trimmed(curve.To));
        return $"linear from {a} to {b}: ({ValueFormat.Trimmed(value)} - {a}) / ({b} - {a}) x 100, clamped to 0..100";
    }

    private static string LadderText(LadderScorer ladder, decimal value)
    {
        var lines = ladder.Ladder.Lines;
        var reached = ladder.LinesReached(value);
        if (reached == 0) return $"ladder: below the first line {lines[0].Name} at {ValueFormat.Trimmed(lines[0].At)}, nothing accrues";
        var pays = string.Join(" + ", lines.Take(reached).Select(l => ValueFormat.Trimmed(l.Pays)));
        var text = $"ladder: reached {string.Join(", ", lines.Take(reached).Select(l => l.Name))} (pays {pays})";
        if (ladder.Ladder.Prorated && reached < lines.Length)
        {
            var (last, next) = (lines[reached - 1], lines[reached]);
            text += $" + {ValueFormat.Trimmed(next.Pays)} x ({ValueFormat.Trimmed(value)} - {ValueFormat.Trimmed(last.At)}) / ({ValueFormat.Trimmed(next.At)} - {ValueFormat.Trimmed(last.At)}) toward {next.Name}, share clamped to 0..1";
        }

        return text;
    }

    private static string BandsText(BoundBandsCurve bands, decimal value)
    {
        foreach (var band in bands.Bands)
        {
            if (bands.LowerIsBetter ? value <= band.At : value >= band.At)
                return $"bands: first band reached is at {ValueFormat.Trimmed(band.At)}, scores {ValueFormat.Trimmed(band.Scores)}";
        }

        return $"bands: no band reached, otherwise {ValueFormat.Trimmed(bands.Otherwise)}";
    }

    private void WriteVetoes()
    {
        var vetoes = _plan.Bound.Vetoes;
        if (vetoes.IsEmpty) return;
        Add(Step.Vetoes, 0, "Vetoes");
        for (var v = 0; v < vetoes.Length; v++)
        {
            var holds = _frame.VetoHolds[v][_row];
            Add(Step.Vetoes, 1, $"veto {SourceOf(vetoes[v].Condition)}: {(holds ? "holds" : "does not hold")}" + (holds ? $", \"{vetoes[v].Reason}\"" : ""));
        }
    }

    private void WriteRank()
    {
        Add(Step.Rank, 0, "Rank");
        var group = _plan.Bound.MainRanking.Within is { } within ? $"group {within.Name} = \"{_result.Group}\"" : "the whole roster";
        Add(Step.Rank, 1, $"rank {_result.Rank} of {_result.GroupSize} in {group}");
        var keys = _plan.Bound.MainRanking.Keys;
        var values = new List<string>();
        for (var k = 0; k < keys.Length; k++)
        {
            var columns = _frame.RankKeys[0];
            object? raw = columns.Numbers[k] is { } n ? n[_row] : columns.Texts[k]![_row];
            values.Add($"{SourceOf(keys[k].Expression)} {(keys[k].Descending ? "desc" : "asc")} = {ValueFormat.Any(raw)}");
        }

        Add(Step.Rank, 1, "keys: " + string.Join(", ", values));
        if (_result.IsVetoed) Add(Step.Rank, 1, "vetoed: ranked below every employee of the group who is not vetoed");
        else if (_result.Score is null) Add(Step.Rank, 1, "score missing: ranked after every employee of the group with a score");
    }

    private void WriteGrade()
    {
        if (_plan.Grades is not { } grades) return;
        Add(Step.Grade, 0, "Grade");
        var lines = grades.Symbol.Lines;
        if (_result.IsVetoed)
        {
            Add(Step.Grade, 1, $"{_result.Grade}: forced by the veto (the worst grade of the vetoes that hold)");
            return;
        }

        if (_result.Score is null)
        {
            Add(Step.Grade, 1, $"{_result.Grade}: the catch-all, because the score is missing");
            return;
        }

        var chosen = _frame.GradeLine[_row];
        for (var i = 0; i <= chosen; i++) Add(Step.Grade, 1, ClassLineText(grades, i, i == chosen));
    }

    private void WriteLevels()
    {
        for (var l = 0; l < _plan.Levels.Length; l++)
        {
            var levels = _plan.Levels[l];
            Add(Step.Levels, 0, $"Levels {levels.Symbol.Name}");
            var chosen = _frame.LevelLines[l][_row];
            for (var i = 0; i <= chosen; i++) Add(Step.Levels, 1, ClassLineText(levels, i, i == chosen));
        }
    }

    private string ClassLineText(ClassificationPlan classification, int index, bool chosen)
    {
        var line = classification.Symbol.Lines[index];
        if (line.IsCatchAll) return $"{line.Name}: the catch-all line";
        var parts = new List<string>();
        var main = _plan.Bound.MainRanking;
        if (line.Top is { } share)
        {
            var rank = _frame.Ranks[0][_row];
            var size = _frame.GroupSizes[0][_row];
            var holds = Logic.Top(rank, size, share) == true;
            parts.Add($"top {ValueFormat.Percent(share)}: ({rank} - 1) / {size} {(holds ? "<" : "is not under")} {ValueFormat.Trimmed(share)} {(holds ? "holds" : "fails")}");
        }

        if (line.At is { } at)
        {
            var score = _result.Score;
            var holds = score is { } s && s >= at;
            parts.Add($"at {ValueFormat.Trimmed(at)}: score {(score is { } v ? ValueFormat.Score(v) : "missing")} {(holds ? "holds" : "fails")}");
        }

        if (line.When is { } when)
        {
            var holds = classification.When[index]!(_frame, _row) == true;
            parts.Add($"when {SourceOf(when)}: {(holds ? "holds" : "fails")}");
        }

        return $"{line.Name}: {string.Join("; ", parts)}" + (chosen ? $" -> {line.Name}" : "");
    }

    private void WritePayout()
    {
        Add(Step.Payout, 0, "Payout");
        if (_plan.Bound.Payout is { } payout)
        {
            for (var r = 0; r < payout.Requires.Length; r++)
            {
                var failed = _frame.RequireFailed[r][_row];
                Add(Step.Payout, 1, $"require {SourceOf(payout.Requires[r].Condition)}: {(failed ? $"fails, \"{payout.Requires[r].Reason}\"" : "holds")}");
            }
        }

        var multiplier = ValueFormat.Trimmed(_result.Multiplier);
        var why = _frame.MultiplierNote[_row] switch
        {
            MultiplierNote.Vetoed => "vetoed",
            MultiplierNote.RequireFailed => "a requirement failed",
            MultiplierNote.ValueMissing => $"the line {LineText()} gives a missing value",
            MultiplierNote.ValueNegative => $"the line {LineText()} gives a negative value",
            _ => _frame.MultiplierLine[_row] < 0 ? "the plan has no payout block" : $"first line that holds: {LineText()}",
        };
        Add(Step.Payout, 1, $"multiplier {multiplier}: {why}");
    }

    private string LineText()
    {
        var line = _plan.Bound.Payout!.Multipliers[_frame.MultiplierLine[_row]];
        return "multiplier " + SourceOf(line.Value) + (line.When is { } when ? " when " + SourceOf(when) : "");
    }

    private void WriteFlags()
    {
        var flags = _plan.Bound.Flags;
        if (flags.IsEmpty) return;
        Add(Step.Flags, 0, "Flags");
        for (var f = 0; f < flags.Length; f++)
        {
            var holds = _frame.FlagHolds[f][_row];
            Add(Step.Flags, 1, $"{flags[f].Name} when {SourceOf(flags[f].Condition)}: {(holds ? $"holds, \"{flags[f].Message}\"" : "does not hold")}");
        }
    }
}
