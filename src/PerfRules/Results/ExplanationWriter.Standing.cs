using NodaTime;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>Vetoes, rank (with the keys compared), grade and levels (each line tried, with why it held or failed).</summary>
internal sealed partial class ExplanationWriter
{
    private void WriteVetoes()
    {
        var vetoes = _plan.Bound.Vetoes;
        if (vetoes.IsEmpty) return;
        Add(Step.Vetoes, 0, "Vetoes");
        for (var v = 0; v < vetoes.Length; v++)
        {
            var veto = vetoes[v];
            var holds = _frame.VetoHolds[v][_row];
            var grade = _plan.Grades is { } grades ? $", grade {grades.Symbol.Lines[veto.GradeIndex ?? grades.Symbol.Lines.Length - 1].Name}" : "";
            Add(Step.Vetoes, 1, $"veto {WithValues(veto.Condition)} " + (holds ? $"holds: \"{veto.Reason}\"{grade}" : "does not hold" + MissingNote(veto.Condition, holds)));
        }

        if (!_result.IsVetoed) return;
        var forced = _result.Grade is { } forcedGrade ? $"grade {forcedGrade} is forced, " : "";
        Add(Step.Vetoes, 1, $"vetoed: {forced}the multiplier is 0, and the rank is below every employee of the group who is not vetoed");
    }

    private void WriteRank()
    {
        Add(Step.Rank, 0, "Rank");
        WriteRanking(0, "");
        var rank = _frame.Ranks[0][_row];
        var size = _frame.GroupSizes[0][_row];
        Add(Step.Rank, 1, $"(rank - 1) / group size = {TopShare(rank, size)}: top(P) holds for every P above it");
        if (_result.IsVetoed) Add(Step.Rank, 1, "vetoed: ranked below every employee of the group who is not vetoed; the vetoed among themselves by the keys");
        else if (_result.Score is null) Add(Step.Rank, 1, "score missing: ranked after every employee of the group with a score, before the vetoed");
        for (var r = 1; r < _plan.Rankings.Length; r++) WriteRanking(r, $"ranking {_plan.Rankings[r].Symbol.Name}: ");
    }

    private void WriteRanking(int ranking, string prefix)
    {
        var symbol = _plan.Rankings[ranking].Symbol;
        var (rank, size, group) = (_frame.Ranks[ranking][_row], _frame.GroupSizes[ranking][_row], _frame.Groups[ranking]![_row]);
        var where = symbol.Within is { } within ? GroupText(within.Name, group) : "the whole roster";
        Add(Step.Rank, 1, $"{prefix}rank {rank} of {size} in {where}");
        var keys = symbol.Keys.Select((key, k) => $"{KeySource(key)} {(key.Descending ? "desc" : "asc")} = {KeyValue(ranking, k, key)}");
        Add(Step.Rank, 2, "keys compared: " + string.Join(", ", keys));
        var tied = 0;
        for (var other = 0; other < _frame.Count; other++)
        {
            if (other != _row && _frame.Ranks[ranking][other] == rank && _frame.Groups[ranking]![other] == group) tied++;
        }

        if (tied > 0)
        {
            var who = tied == 1 ? "1 other employee" : $"{tied} other employees";
            var next = rank + tied + 1 <= size ? $"; the next rank is {rank + tied + 1}" : "";
            Add(Step.Rank, 2, $"equal on every key with {who}: they share rank {rank}{next}");
        }
    }

    // The default ranking (no rank by line) has one key, the score, with no text in the plan.
    private string KeySource(RankKey key) => Source(key.Expression) is { Length: > 0 } text ? text : "score";

    private string KeyValue(int ranking, int k, RankKey key)
    {
        if (ExpressionValues.IsLeaf(key.Expression) && _values.TryRead(key.Expression, _frame, _row, out var leaf))
            return ExplanationNumbers.Any(leaf, _units.Of(key.Expression), inFormula: true);
        var columns = _frame.RankKeys[ranking];
        if (columns.Texts[k] is { } texts) return ExplanationNumbers.Any(texts[_row], DisplayUnit.Plain, inFormula: true);
        object? value = columns.Numbers[k]![_row] is not { } n ? null : key.Expression.Type switch
        {
            Binding.ValueType.Flag => n == 1m,
            Binding.ValueType.Date => new LocalDate(1, 1, 1).PlusDays((int)n),
            _ => n,
        };
        return ExplanationNumbers.Any(value, _units.Of(key.Expression), inFormula: true);
    }

    /// <summary><c>(4 - 1) / 6 = 50%</c>: the share of the group ranked strictly ahead.</summary>
    private static string TopShare(int rank, int size) =>
        $"({rank} - 1) / {size} = " + (Arithmetic.Divide(rank - 1, size) is { } share ? ExplanationNumbers.PercentOnly(share) : "missing");

    private void WriteGrade()
    {
        if (_plan.Grades is not { } grades) return;
        Add(Step.Grade, 0, "Grade");
        if (_result.IsVetoed)
        {
            var which = _result.VetoReasons.Length > 1 ? "the worst of the grades of the vetoes that hold" : "the grade of the veto that holds";
            Add(Step.Grade, 1, $"{_result.Grade}: {which}; no grade line is tried");
            return;
        }

        if (_result.Score is null)
        {
            Add(Step.Grade, 1, $"{_result.Grade}: the catch-all line, since the score is missing (a missing score gets no other grade line)");
            return;
        }

        var chosen = _frame.GradeLine[_row];
        for (var i = 0; i <= chosen; i++) Add(Step.Grade, 1, ClassLineText(grades, i, i == chosen, "grade"));
    }

    private void WriteLevels()
    {
        for (var l = 0; l < _plan.Levels.Length; l++)
        {
            var levels = _plan.Levels[l];
            Add(Step.Levels, 0, $"Levels {levels.Symbol.Name}");
            var chosen = _frame.LevelLines[l][_row];
            for (var i = 0; i <= chosen; i++) Add(Step.Levels, 1, ClassLineText(levels, i, i == chosen, "level"));
        }
    }

    /// <summary>One grade or levels line: each of its conditions with whether it held, and the outcome.</summary>
    private string ClassLineText(ClassificationPlan classification, int index, bool chosen, string word)
    {
        var line = classification.Symbol.Lines[index];
        if (line.IsCatchAll) return $"{line.Name}: the catch-all line: {word} {line.Name}";
        var label = new List<string> { line.Name };
        var checks = new List<string>();
        if (line.Top is { } share)
        {
            var (rank, size) = (_frame.Ranks[0][_row], _frame.GroupSizes[0][_row]);
            var holds = Logic.Top(rank, size, share) == true;
            label.Add($"top {Pct(share)}");
            checks.Add($"top {Pct(share)} {HoldsOrFails(holds)}, {TopShare(rank, size)} is {(holds ? "" : "not ")}under {Pct(share)}");
        }

        if (line.At is { } at)
        {
            var holds = _result.Score is { } s && s >= at;
            label.Add($"at {Plain(at)}");
            checks.Add(_result.Score is { } score
                ? $"at {Plain(at)} {HoldsOrFails(holds)}, {Shown(score)} is {(holds ? "at least" : "under")} {Plain(at)}"
                : $"at {Plain(at)} fails, the score is missing");
        }

        if (line.When is { } when)
        {
            var holds = classification.When[index]!(_frame, _row) == true;
            label.Add($"when {Source(when)}");
            checks.Add($"when {HoldsOrFails(holds)}, {ConditionValues(when) ?? Source(when)}{MissingNote(when, holds)}");
        }

        var outcome = chosen ? $"holds: {word} {line.Name}" : "fails";
        return $"{string.Join(" ", label)} {outcome} ({string.Join("; ", checks)})";
    }

    private static string HoldsOrFails(bool holds) => holds ? "holds" : "fails";

    /// <summary>
    /// A condition with its values in place; a condition that is one <c>top(P)</c> shows the share ranked ahead
    /// instead of a bare true or false.
    /// </summary>
    private string? ConditionValues(BoundExpression condition)
    {
        if (condition is not BoundTopRef top) return _values.Substitute(condition, _frame, _row);
        var ranking = _plan.Rankings.Select(r => r.Symbol).ToList().IndexOf(top.Ranking);
        var (rank, size) = (_frame.Ranks[ranking][_row], _frame.GroupSizes[ranking][_row]);
        var holds = Logic.Top(rank, size, top.Share) == true;
        return $"{TopShare(rank, size)} is {(holds ? "" : "not ")}under {Pct(top.Share)}";
    }
}
