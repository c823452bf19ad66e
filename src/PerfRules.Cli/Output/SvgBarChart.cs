using System.Globalization;
using System.Net;
using System.Text;

namespace PerfRules.Cli.Output;

/// <summary>One bar of an SVG chart: its label, the count written beside it, the length it is drawn at, and an optional target mark.</summary>
internal sealed record SvgBar(string Label, int Count, decimal Length, decimal? Target = null, string? Note = null);

/// <summary>
/// Bar charts as inline SVG, drawn from numbers alone: no script, no font or style from elsewhere. Each bar is a
/// <c>g.bar</c> carrying <c>data-label</c> and <c>data-count</c>, so the page can be checked by reading its DOM.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 760;
    private const int LabelWidth = 260;
    private const int BarArea = 400;
    private const int RowHeight = 26;
    private const int ColumnWidth = 56;
    private const int ColumnArea = 180;

    /// <summary>Horizontal bars, one row each, lengths scaled so that the longest bar or target fills the bar area.</summary>
    public static string Rows(string id, string title, IReadOnlyList<SvgBar> bars, string colour)
    {
        var scale = bars.Count == 0 ? 1m : Math.Max(1m, bars.Max(b => Math.Max(b.Length, b.Target ?? 0m)));
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var svg = Open(id, title, Width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = bar.Length / scale * BarArea;
            var reach = Math.Max(length, (bar.Target ?? 0m) / scale * BarArea);
            svg.Append(Invariant($"<g class=\"bar\" data-label=\"{Encode(bar.Label)}\" data-count=\"{bar.Count}\">"));
            svg.Append(Invariant($"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Encode(bar.Label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length:0.##}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>"));
            svg.Append(Invariant($"<text class=\"count\" x=\"{LabelWidth + reach + 8:0.##}\" y=\"{y + 17}\">{bar.Count}{Encode(bar.Note is null ? "" : " " + bar.Note)}</text>"));
            if (bar.Target is { } target)
            {
                var x = LabelWidth + target / scale * BarArea;
                svg.Append(Invariant($"<line class=\"target\" x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{y}\" y2=\"{y + RowHeight - 2}\" stroke=\"#c0392b\" stroke-width=\"3\"><title>target</title></line>"));
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Vertical columns side by side, for a histogram; heights scaled so that the tallest fills the area.</summary>
    public static string Columns(string id, string title, IReadOnlyList<SvgBar> bars, string colour)
    {
        var scale = bars.Count == 0 ? 1m : Math.Max(1m, bars.Max(b => b.Length));
        var width = Math.Max(1, bars.Count) * ColumnWidth + 16;
        var svg = Open(id, title, width, ColumnArea + 60);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = 8 + i * ColumnWidth;
            var height = bar.Length / scale * ColumnArea;
            var top = 20 + ColumnArea - height;
            svg.Append(Invariant($"<g class=\"bar\" data-label=\"{Encode(bar.Label)}\" data-count=\"{bar.Count}\">"));
            svg.Append(Invariant($"<rect x=\"{x + 4}\" y=\"{top:0.##}\" width=\"{ColumnWidth - 8}\" height=\"{height:0.##}\" fill=\"{colour}\"/>"));
            svg.Append(Invariant($"<text class=\"count\" x=\"{x + ColumnWidth / 2}\" y=\"{top - 4:0.##}\" text-anchor=\"middle\">{bar.Count}</text>"));
            svg.Append(Invariant($"<text class=\"label\" x=\"{x + ColumnWidth / 2}\" y=\"{ColumnArea + 40}\" text-anchor=\"middle\">{Encode(bar.Label)}</text>"));
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, int width, int height) =>
        new StringBuilder().Append(Invariant(
            $"<svg id=\"{Encode(id)}\" class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Encode(title)}</title>"));

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
