using System.Globalization;
using System.Text;

namespace PerfRules.Benchmarks;

/// <summary>
/// A large, valid plan built deterministically for the compile benchmarks: a group-wide scorecard of exactly
/// <see cref="Lines"/> lines with 150 number inputs, flags and texts, 250 metrics that read each other and history,
/// 40 dimensions of 10 KPIs (every curve kind, weights adding up to 100% at both levels), 60 vetoes, a ranking
/// within teams, grades, payout, and flags until the line count is reached.
/// </summary>
public static class GeneratedPlan
{
    public const int Lines = 2_000;
    private const int NumberInputs = 150;
    private const int FlagInputs = 20;
    private const int Metrics = 250;
    private const int Dimensions = 40;
    private const int KpisPerDimension = 10;
    private const int Vetoes = 60;

    private static readonly string[] Types = ["money", "number", "count", "percent"];
    private static readonly string[] Rollups = ["sum", "avg", "max", "min", "last"];

    public static string Text { get; } = Generate();

    private static string Generate()
    {
        var lines = new List<string> { "// generated: a group-wide scorecard for compile benchmarks", "plan \"Generated group scorecard\"", "period quarter", "" };
        lines.Add("input team            text  last");
        lines.Add("input region          text  last");
        lines.Add("input data_violations count sum");
        for (var i = 1; i <= NumberInputs; i++) lines.Add(F($"input n_{i:D3} {Types[i % 4]} {Rollups[i % 5]}"));
        for (var i = 1; i <= FlagInputs; i++) lines.Add(F($"input f_{i:D2} flag last"));
        lines.Add("");

        for (var k = 1; k <= Metrics; k++) lines.Add(F($"metric m_{k:D3} = {MetricExpression(k)}"));
        lines.Add("");

        // KPIs 1-250 score the metrics, KPIs 251-400 the number inputs: each source is scored once.
        var kpi = 0;
        for (var d = 1; d <= Dimensions; d++)
        {
            lines.Add(F($"dimension dim_{d:D2} weight {100m / Dimensions}% {{"));
            for (var j = 0; j < KpisPerDimension; j++)
            {
                kpi++;
                var source = kpi <= Metrics ? F($"m_{kpi:D3}") : F($"n_{kpi - Metrics:D3}");
                var skip = kpi % 7 == 0 ? " missing skip" : "";
                var head = F($"  kpi {source} weight {100m / KpisPerDimension}%");
                switch (kpi % 4)
                {
                    case 0:
                        lines.Add(F($"{head} linear from {kpi % 50} to {kpi % 50 + 100}{skip}"));
                        break;
                    case 1:
                        lines.Add(F($"{head} linear from 200 to {kpi % 20}{skip}"));
                        break;
                    case 2:
                        lines.Add(F($"{head} ladder{(kpi % 8 == 2 ? " prorated" : "")} {{"));
                        lines.Add(F($"    line base      at {100 + kpi} pays 50"));
                        lines.Add(F($"    line challenge at {200 + kpi} pays 30"));
                        lines.Add(F($"    line stretch   at {300 + kpi} pays 20"));
                        lines.Add(F($"  }}{skip}"));
                        break;
                    default:
                        lines.Add(F($"{head} bands {{"));
                        lines.Add("    at 90 scores 100");
                        lines.Add("    at 70 scores 60");
                        lines.Add("    at 50 scores 30");
                        lines.Add(F($"    otherwise 0"));
                        lines.Add(F($"  }}{skip}"));
                        break;
                }
            }

            lines.Add("}");
        }

        lines.Add("");
        lines.Add("veto data_violations > 0 grade D \"Customer-data breach\"");
        for (var v = 1; v < Vetoes; v++)
            lines.Add(F($"veto n_{v * 3 % NumberInputs + 1:D3} > {10_000 + v} and f_{v % FlagInputs + 1:D2}{(v % 3 == 0 ? " grade C" : "")} \"Generated veto {v}\""));

        lines.Add("");
        lines.Add("rank by score desc, m_001 desc, score(dim_01) desc within team");
        lines.AddRange(["grades {", "  S top 5% at 85", "  A top 20%", "  B top 70% when score(dim_02) >= 40", "  C top 90%", "  D", "}"]);
        lines.AddRange([
            "payout {", "  require m_002 >= 0 \"Second metric negative\"", "  require not f_01 \"First flag set\"",
            "  multiplier 3 when top(10%)", "  multiplier 2 when top(30%) and grade != \"C\"", "  multiplier 1", "}",
        ]);
        lines.Add("");
        for (var g = 1; lines.Count < Lines; g++) lines.Add(F($"flag g_{g:D3} when {FlagCondition(g)} \"Generated flag {g}\""));
        if (lines.Count != Lines) throw new InvalidOperationException($"The generated plan has {lines.Count} lines, not {Lines}.");
        return string.Join("\n", lines) + "\n";
    }

    // Metrics read inputs, earlier metrics (a dependency chain several levels deep) and history.
    private static string MetricExpression(int k)
    {
        var (a, b, x) = (k * 7 % NumberInputs + 1, k * 13 % NumberInputs + 1, k % FlagInputs + 1);
        return (k % 6) switch
        {
            0 => F($"n_{a:D3} / n_{b:D3}"),
            1 when k > 1 => F($"n_{a:D3} - n_{b:D3} * 0.5 + m_{k - 1:D3}"),
            2 when k > 2 => F($"max(n_{a:D3}, n_{b:D3}, m_{k - 2:D3})"),
            3 => F($"if(f_{x:D2}, n_{a:D3}, n_{b:D3} * 2)"),
            4 => F($"coalesce(previous(n_{a:D3}), 0) + sum(n_{b:D3}, 3) / 3"),
            5 when k > 5 => F($"round(avg(n_{a:D3}, 4), 2) + abs(m_{k - 5:D3})"),
            _ => F($"n_{a:D3} + n_{b:D3}"),
        };
    }

    private static string FlagCondition(int g)
    {
        var (m, n, d) = (g % Metrics + 1, g * 11 % NumberInputs + 1, g % Dimensions + 1);
        return (g % 5) switch
        {
            0 => F($"m_{m:D3} > previous(m_{m:D3}) * 1.1"),
            1 => F($"score(dim_{d:D2}) < 20 and rank <= 3"),
            2 => F($"streak(top(20%)) >= 2 and n_{n:D3} > 0"),
            3 => F($"sum(n_{n:D3}, 4) > 100 or grade == \"S\""),
            _ => F($"is_missing(m_{m:D3}) and multiplier > 1"),
        };
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
