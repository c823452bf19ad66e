using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>Reads the keywords of <c>period</c> and <c>input</c> declarations and checks that a roll-up suits its input's type.</summary>
internal static class DeclarationKeywords
{
    public static Cadence? ReadCadence(Identifier cadence, DiagnosticBag diagnostics)
    {
        Cadence? result = cadence.Name switch
        {
            "week" => Cadence.Week,
            "month" => Cadence.Month,
            "quarter" => Cadence.Quarter,
            "year" => Cadence.Year,
            _ => null,
        };
        if (result is null) diagnostics.Error(DiagnosticCode.UnknownCadence, cadence.Span, cadence.Name);
        return result;
    }

    public static InputType? ReadType(Identifier type, DiagnosticBag diagnostics)
    {
        InputType? result = type.Name switch
        {
            "number" => InputType.Number,
            "money" => InputType.Money,
            "count" => InputType.Count,
            "percent" => InputType.Percent,
            "text" => InputType.Text,
            "flag" => InputType.Flag,
            "date" => InputType.Date,
            _ => null,
        };
        if (result is null) diagnostics.Error(DiagnosticCode.UnknownInputType, type.Span, type.Name);
        return result;
    }

    /// <summary>The roll-up, or <see cref="Rollup.None"/> when none is written or it is wrong (the mistake reported).</summary>
    public static Rollup ReadRollup(Identifier? rollup, InputType? type, DiagnosticBag diagnostics)
    {
        if (rollup is null) return Rollup.None;
        Rollup? result = rollup.Name switch
        {
            "sum" => Rollup.Sum,
            "avg" => Rollup.Avg,
            "min" => Rollup.Min,
            "max" => Rollup.Max,
            "last" => Rollup.Last,
            _ => null,
        };
        if (result is null)
        {
            diagnostics.Error(DiagnosticCode.UnknownRollup, rollup.Span, rollup.Name);
            return Rollup.None;
        }

        if (type is { } t && !Suits(result.Value, t))
        {
            var allowed = t == InputType.Date ? "last, min or max" : "last";
            diagnostics.Error(DiagnosticCode.InvalidRollup, rollup.Span, rollup.Name, TypeNames.Keyword(t), allowed);
        }

        return result.Value;
    }

    /// <summary>sum and avg add numbers; min and max also order dates; last takes any value.</summary>
    private static bool Suits(Rollup rollup, InputType type)
    {
        var numeric = type is InputType.Number or InputType.Money or InputType.Count or InputType.Percent;
        return rollup switch
        {
            Rollup.Sum or Rollup.Avg => numeric,
            Rollup.Min or Rollup.Max => numeric || type == InputType.Date,
            _ => true,
        };
    }
}
