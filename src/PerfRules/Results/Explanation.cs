using System.Text;
using PerfRules.Periods;

namespace PerfRules.Results;

/// <summary>
/// A readable trace of how one employee's result was reached, from inputs through metrics, curves and weights to the
/// total, rank, grade, payout and flags, with the numbers a person needs to redo the arithmetic by hand.
/// </summary>
public sealed class Explanation
{
    internal Explanation(string employee, PerfPeriod period, ImmutableArray<ExplanationLine> lines)
    {
        Employee = employee;
        Period = period;
        Lines = lines;
    }

    /// <summary>The employee explained.</summary>
    public string Employee { get; }

    /// <summary>The period explained.</summary>
    public PerfPeriod Period { get; }

    /// <summary>The trace, line by line, each tagged with the step it belongs to.</summary>
    public ImmutableArray<ExplanationLine> Lines { get; }

    /// <summary>The trace as text: a heading per step, lines indented by depth.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var line in Lines)
        {
            text.Append(' ', line.Depth * 2).Append(line.Text).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>One line of an <see cref="Explanation"/>.</summary>
/// <param name="Step">The evaluation step it explains.</param>
/// <param name="Depth">0 for a heading, 1 and more for detail under it.</param>
/// <param name="Text">The line's text.</param>
public sealed record ExplanationLine(ExplanationStep Step, int Depth, string Text);

/// <summary>The steps of an explanation, in evaluation order.</summary>
public enum ExplanationStep
{
    /// <summary>Who, when, which plan and profile.</summary>
    Summary,
    /// <summary>The input values read.</summary>
    Inputs,
    /// <summary>Metric values and how they were computed.</summary>
    Metrics,
    /// <summary>Values read from earlier periods.</summary>
    History,
    /// <summary>Group aggregates and the groups they were taken over.</summary>
    Aggregates,
    /// <summary>KPI, dimension and total scores.</summary>
    Scores,
    /// <summary>Vetoes.</summary>
    Vetoes,
    /// <summary>Rank and group.</summary>
    Rank,
    /// <summary>The grade line that held and those that did not.</summary>
    Grade,
    /// <summary>Levels.</summary>
    Levels,
    /// <summary>Requirements and the multiplier.</summary>
    Payout,
    /// <summary>Award amounts.</summary>
    Awards,
    /// <summary>Flags.</summary>
    Flags,
}
