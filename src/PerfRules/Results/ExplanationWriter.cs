using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;
using PerfRules.Text;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>
/// Writes the trace of one employee's result: every number a person needs to redo it by hand, each formula with
/// the values it read in place of the names, and for every condition whether it held. One file per part of the
/// trace: this one writes the summary, inputs and metrics.
/// </summary>
internal sealed partial class ExplanationWriter
{
    private readonly ImmutableArray<ExplanationLine>.Builder _lines = ImmutableArray.CreateBuilder<ExplanationLine>();
    private readonly EmployeeResult _result;
    private readonly CompiledPlan _plan;
    private readonly PeriodFrame _frame;
    private readonly int _row;
    private readonly DisplayUnits _units = new();
    private readonly ExpressionValues _values;

    private ExplanationWriter(EmployeeResult result)
    {
        _result = result;
        _plan = result.Plan;
        _frame = result.Frame;
        _row = result.Row;
        _values = new ExpressionValues(_plan, _units);
    }

    public static Explanation Write(EmployeeResult result)
    {
        var writer = new ExplanationWriter(result);
        writer.WriteAll();
        return new Explanation(result.Employee, result.Period, writer._lines.ToImmutable());
    }

    private void Add(Step step, int depth, string text) => _lines.Add(new ExplanationLine(step, depth, text));

    private string Source(BoundExpression expression) => _values.Source(expression);

    /// <summary>"SOURCE: SUBSTITUTED" where the expression reads values, else just the source.</summary>
    private string WithValues(BoundExpression expression) =>
        _values.Substitute(expression, _frame, _row) is { } values ? $"{Source(expression)}: {values}" : Source(expression);

    /// <summary><c>team "North"</c>; the group of an empty value (spec section 11) says so.</summary>
    private static string GroupText(string within, string group) => group.Length == 0 ? $"{within} \"\" (empty)" : $"{within} \"{group}\"";

    /// <summary>Where a condition failed on a comparison with a missing value, a note that says so.</summary>
    private string MissingNote(BoundExpression condition, bool holds) =>
        !holds && _values.ComparesMissing(condition, _frame, _row) ? " (a comparison with a missing value is false)" : "";

    private static string Plain(decimal value) => ExplanationNumbers.Plain(value);

    private static string Shown(decimal value) => ExplanationNumbers.Shown(value);

    private void WriteAll()
    {
        WriteSummary();
        WriteInputs();
        WriteMetrics();
        WriteHistory();
        WriteAggregates();
        WriteScores();
        WriteVetoes();
        WriteRank();
        WriteGrade();
        WriteLevels();
        WritePayout();
        WriteAwards();
        WriteFlags();
    }

    private void WriteSummary()
    {
        var plan = _plan.Bound;
        var title = plan.Name is null ? "" : $" under plan \"{plan.Name}\"";
        Add(Step.Summary, 0, $"{_result.Employee} in {_result.Period}{title}, profile {_result.Profile}");
        var score = _result.Score is { } s ? $"score {Shown(s)}" : "score missing";
        var group = plan.MainRanking.Within is { } within ? " in " + GroupText(within.Name, _result.Group) : "";
        var grade = _result.Grade is { } g ? $", grade {g}" : "";
        Add(Step.Summary, 1, $"{score}, rank {_result.Rank} of {_result.GroupSize}{group}{grade}, multiplier {ValueFormat.Trimmed(_result.Multiplier)}");
        if (_result.IsVetoed) Add(Step.Summary, 1, "vetoed: " + string.Join("; ", _result.VetoReasons.Select(r => $"\"{r}\"")));
        foreach (var reason in _result.FailedRequirements) Add(Step.Summary, 1, $"requirement failed: \"{reason}\"");
    }

    private void WriteInputs()
    {
        Add(Step.Inputs, 0, "Inputs");
        foreach (var input in _plan.Bound.Inputs)
        {
            var value = _frame.Snapshot.GetValue(_row, input.Index);
            var text = ExplanationNumbers.Any(value, DisplayUnits.Of(input), inFormula: false);
            if (value is null) text += input.Optional ? " (optional, left empty)" : "";
            Add(Step.Inputs, 1, $"{input.Name} = {text}");
        }
    }

    private void WriteMetrics()
    {
        var metrics = _plan.Bound.Metrics.OrderBy(m => m.Span.Start).ToList();
        if (metrics.Count == 0) return;
        Add(Step.Metrics, 0, "Metrics");
        foreach (var metric in metrics)
        {
            var expression = metric.Expression!;
            var value = ResultDetails.ReadSlot(_frame, metric.ValueType, _plan.Layout.MetricSlot(metric), _row);
            var text = $"{metric.Name} = {Source(expression)}";
            if (!ExpressionValues.IsLeaf(expression) && _values.Substitute(expression, _frame, _row) is { } values) text += $" = {values}";
            text += $" = {ExplanationNumbers.Any(value, _units.Of(metric), inFormula: false)}";
            if (value is null) text += MissingBecause(expression);
            Add(Step.Metrics, 1, text);
        }
    }

    /// <summary>Why an expression came out missing: the values it read that were missing, or a division by zero.</summary>
    private string MissingBecause(BoundExpression expression)
    {
        var missing = _values.MissingValues(expression, _frame, _row).ToList();
        if (missing.Count > 0) return $", since {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing";
        return _values.DividesByZero(expression, _frame, _row) ? ", a division by zero" : ", a division by zero or an overflow";
    }
}
