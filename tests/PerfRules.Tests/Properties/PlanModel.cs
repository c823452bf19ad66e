using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PerfRules.Tests.Properties;

public enum InputKind { Number, Money, Count, Percent }

/// <summary>An input a KPI or ratio reads.</summary>
public sealed record InputModel(string Name, InputKind Kind, bool Optional);

/// <summary><c>metric NAME = NUMERATOR / DENOMINATOR</c>: missing where the denominator is 0.</summary>
public sealed record RatioModel(string Name, string Numerator, string Denominator);

/// <summary>A KPI scoring an input or a ratio.</summary>
public sealed record KpiModel(string Metric, decimal Weight, CurveModel Curve, bool Skip, bool Percent);

public sealed record DimensionModel(string Name, decimal Weight, ImmutableArray<KpiModel> Kpis);

/// <summary><c>veto violations &gt; ABOVE [grade G] "REASON"</c>.</summary>
public sealed record VetoModel(int Above, string? Grade, string Reason);

/// <summary>A rank key: <c>score</c> or an input's name.</summary>
public sealed record RankKeyModel(string Name, bool Descending);

public sealed record GradeLineModel(string Name, decimal? Top, decimal? At, string? When);

public sealed record MultiplierModel(decimal Value, string? When);

public sealed record PayoutModel(ImmutableArray<(string Condition, string Reason)> Requires, ImmutableArray<MultiplierModel> Multipliers);

/// <summary>A named declaration written as it stands: a metric, a flag or an award.</summary>
public sealed record ExtraModel(string Keyword, string Name, string Body);

/// <summary>
/// A generated plan that binds without a mistake: dimensions whose weights add up to exactly 100%, every curve kind,
/// <c>missing skip</c>, vetoes, a main ranking (perhaps <c>within team</c>), grade lines with <c>top</c>, <c>at</c> and
/// <c>when</c>, payout, flags, awards and history. Every plan declares four inputs besides those its KPIs read:
/// <c>team</c> (optional text, the group), <c>violations</c> (count, for vetoes), <c>badge</c> (number, a tie-breaking
/// rank key) and <c>tenure</c> (count, for conditions).
/// </summary>
public sealed record PlanModel(
    ImmutableArray<InputModel> Inputs,
    ImmutableArray<RatioModel> Ratios,
    ImmutableArray<DimensionModel> Dimensions,
    ImmutableArray<VetoModel> Vetoes,
    ImmutableArray<RankKeyModel> RankKeys,
    bool Within,
    ImmutableArray<GradeLineModel> Grades,
    PayoutModel? Payout,
    ImmutableArray<ExtraModel> Extras)
{
    public IEnumerable<KpiModel> Kpis => Dimensions.SelectMany(d => d.Kpis);

    /// <summary>Whether every grade line uses only <c>top</c> and <c>at</c>.</summary>
    public bool GradesUseOnlyTopAndAt => Grades.All(g => g.When is null);

    public bool RanksByScoreFirst => RankKeys.Length > 0 && RankKeys[0] is { Name: "score", Descending: true };

    public string Text
    {
        get
        {
            var text = new StringBuilder("plan \"Generated\"\nperiod quarter\n");
            text.Append("input team text optional\ninput violations count\ninput badge number\ninput tenure count\n");
            foreach (var input in Inputs)
                text.Append($"input {input.Name} {input.Kind.ToString().ToLowerInvariant()}{(input.Optional ? " optional" : "")}\n");
            foreach (var ratio in Ratios) text.Append($"metric {ratio.Name} = {ratio.Numerator} / {ratio.Denominator}\n");
            foreach (var extra in Extras.Where(e => e.Keyword == "metric")) text.Append($"metric {extra.Name} = {extra.Body}\n");
            foreach (var dimension in Dimensions)
            {
                text.Append($"dimension {dimension.Name} weight {Number(dimension.Weight)}% {{\n");
                foreach (var kpi in dimension.Kpis)
                {
                    text.Append($"  kpi {kpi.Metric} weight {Number(kpi.Weight)}% {kpi.Curve.Text(kpi.Metric, kpi.Percent)}")
                        .Append(kpi.Skip ? " missing skip\n" : "\n");
                }

                text.Append("}\n");
            }

            foreach (var veto in Vetoes)
                text.Append($"veto violations > {veto.Above}{(veto.Grade is null ? "" : " grade " + veto.Grade)} \"{veto.Reason}\"\n");
            if (RankKeys.Length > 0)
            {
                text.Append("rank by ").Append(string.Join(", ", RankKeys.Select(k => k.Name + (k.Descending ? " desc" : " asc"))));
                text.Append(Within ? " within team\n" : "\n");
            }

            if (!Grades.IsEmpty)
            {
                text.Append("grades {\n");
                foreach (var line in Grades)
                {
                    text.Append("  ").Append(line.Name);
                    if (line.Top is { } top) text.Append($" top {Number(top)}%");
                    if (line.At is { } at) text.Append($" at {Number(at)}");
                    if (line.When is { } when) text.Append($" when {when}");
                    text.Append('\n');
                }

                text.Append("}\n");
            }

            if (Payout is { } payout)
            {
                text.Append("payout {\n");
                foreach (var (condition, reason) in payout.Requires) text.Append($"  require {condition} \"{reason}\"\n");
                foreach (var line in payout.Multipliers)
                    text.Append($"  multiplier {Number(line.Value)}{(line.When is null ? "" : " when " + line.When)}\n");
                text.Append("}\n");
            }

            foreach (var extra in Extras.Where(e => e.Keyword != "metric")) text.Append($"{extra.Keyword} {extra.Name} {extra.Body}\n");
            return text.ToString();
        }
    }

    public override string ToString() => Text;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
