using PerfRules.Diagnostics;
using PerfRules.Syntax;
using PerfRules.Syntax.Formatting;
using PerfRules.Text;

namespace PerfRules;

/// <summary>
/// Writes a plan in its one canonical layout, comments kept, the way <c>gofmt</c> does for Go: two spaces of
/// indentation inside blocks, one construct a line (declaration, KPI, ladder line, band, grade or level line, payout
/// line), single spaces between tokens, the fewest parentheses that keep each expression, numbers and texts as
/// written, lines ending in LF. A plan with a syntax error is not formatted: its diagnostics come back instead.
/// Formatting never changes what a plan means: the formatted text parses to the same syntax tree.
/// </summary>
/// <example>
/// <code>
/// var formatted = PlanFormatter.Format(File.ReadAllText("acme.perf"), "acme.perf");
/// if (formatted.Success &amp;&amp; !formatted.IsFormatted) File.WriteAllText("acme.perf", formatted.Text);
/// </code>
/// </example>
public static class PlanFormatter
{
    /// <summary>Formats plan text.</summary>
    /// <param name="text">The plan.</param>
    /// <param name="sourceName">The name diagnostics give as the file, such as <c>acme.perf</c>.</param>
    public static FormattingResult Format(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag(sourceName);
        var syntax = PlanParser.Parse(text, diagnostics, out var tokenized);
        if (diagnostics.HasErrors) return new FormattingResult(null, false, diagnostics.ToSortedArray());
        var formatted = LayoutWriter.Write(PlanLayout.Of(syntax, tokenized), tokenized);
        return new FormattingResult(formatted, string.Equals(formatted, text, StringComparison.Ordinal), diagnostics.ToSortedArray());
    }

    /// <summary>Formats a plan file (UTF-8; a byte order mark is dropped). A file that cannot be read is a diagnostic.</summary>
    /// <param name="path">The plan file.</param>
    public static FormattingResult FormatFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SourceText.TryReadFile(path, out var text, out var diagnostics) ? Format(text, path) : new FormattingResult(null, false, diagnostics);
    }
}
