using PerfRules.Compilation;

namespace PerfRules.Runtime;

/// <summary>Vetoes and rank keys (the veto stage), then grades, levels, payout and awards, row by row (flags are generated code: <see cref="CompiledPlan.Flags"/>).</summary>
internal static class StandingStage
{
    public static void VetoRow(CompiledPlan plan, PeriodFrame frame, int row)
    {
        var vetoed = false;
        for (var v = 0; v < plan.Vetoes.Length; v++)
        {
            var holds = plan.Vetoes[v](frame, row) == true;
            frame.VetoHolds[v][row] = holds;
            vetoed |= holds;
        }

        frame.Vetoed[row] = vetoed;
        for (var r = 0; r < plan.Rankings.Length; r++)
        {
            // A key that is a column of the frame is there already: only the others are worked out.
            var ranking = plan.Rankings[r];
            var keys = frame.RankKeys[r];
            foreach (var k in ranking.ComputedKeys)
            {
                if (ranking.IsText[k]) keys.Texts[k]![row] = ranking.TextKeys[k]!(frame, row);
                else keys.Numbers[k]![row] = ranking.NumberKeys[k]!(frame, row);
            }
        }
    }

    public static void GradeRow(CompiledPlan plan, PeriodFrame frame, int row)
    {
        if (plan.Grades is not { } grades)
        {
            frame.GradeLine[row] = -1;
            return;
        }

        var lines = grades.Symbol.Lines;
        int line;
        if (frame.Vetoed[row])
        {
            line = -1;
            for (var v = 0; v < plan.Vetoes.Length; v++)
            {
                if (frame.VetoHolds[v][row]) line = Math.Max(line, plan.Bound.Vetoes[v].GradeIndex ?? lines.Length - 1);
            }
        }
        else if (frame.Numbers[plan.Layout.TotalScoreSlot][row] is null)
        {
            line = lines.Length - 1;
        }
        else
        {
            line = FirstHoldingLine(plan, grades, frame, row);
        }

        frame.GradeLine[row] = line;
        frame.Texts[grades.Slot][row] = lines[line].Name;
    }

    public static void LevelRow(CompiledPlan plan, PeriodFrame frame, int row)
    {
        for (var l = 0; l < plan.Levels.Length; l++)
        {
            var levels = plan.Levels[l];
            var line = FirstHoldingLine(plan, levels, frame, row);
            frame.LevelLines[l][row] = line;
            frame.Texts[levels.Slot][row] = levels.Symbol.Lines[line].Name;
        }
    }

    public static void PayoutRow(CompiledPlan plan, PeriodFrame frame, int row)
    {
        var failed = false;
        if (plan.Payout is { } payout)
        {
            for (var r = 0; r < payout.Requires.Length; r++)
            {
                var fails = payout.Requires[r](frame, row) != true;
                frame.RequireFailed[r][row] = fails;
                failed |= fails;
            }
        }

        decimal multiplier;
        var line = -1;
        var note = MultiplierNote.None;
        if (frame.Vetoed[row])
        {
            (multiplier, note) = (0m, MultiplierNote.Vetoed);
        }
        else if (failed)
        {
            (multiplier, note) = (0m, MultiplierNote.RequireFailed);
        }
        else if (plan.Payout is not { } lines)
        {
            multiplier = 1m;
        }
        else
        {
            line = lines.When.Length - 1;
            for (var m = 0; m < lines.When.Length; m++)
            {
                if (lines.When[m] is not { } when || when(frame, row) == true)
                {
                    line = m;
                    break;
                }
            }

            var value = lines.Values[line](frame, row);
            (multiplier, note) = value switch
            {
                null => (0m, MultiplierNote.ValueMissing),
                < 0m => (0m, MultiplierNote.ValueNegative),
                { } v => (v, MultiplierNote.None),
            };
        }

        frame.MultiplierLine[row] = line;
        frame.MultiplierNote[row] = note;
        frame.Numbers[plan.Layout.MultiplierSlot][row] = multiplier;
    }

    public static void AwardRow(CompiledPlan plan, AwardPlan award, PeriodFrame frame, int row)
    {
        var paysNothing = frame.MultiplierNote[row] is MultiplierNote.Vetoed or MultiplierNote.RequireFailed;
        frame.Numbers[award.Slot][row] = paysNothing ? 0m : Arithmetic.Shown(award.Value(frame, row));
    }

    /// <summary>The first line whose every condition holds (<c>top</c> on the main ranking, <c>at</c> on the shown score, <c>when</c>).</summary>
    private static int FirstHoldingLine(CompiledPlan plan, ClassificationPlan classification, PeriodFrame frame, int row)
    {
        var lines = classification.Symbol.Lines;
        var score = frame.Numbers[plan.Layout.TotalScoreSlot][row];
        var shareAhead = frame.Numbers[plan.MainShareAheadSlot][row];
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i];
            if (line.Top is { } share && !(shareAhead < share)) continue;
            if (line.At is { } at && !(score is { } s && s >= at)) continue;
            if (classification.When[i] is { } when && when(frame, row) != true) continue;
            return i;
        }

        return lines.Length - 1;
    }
}
