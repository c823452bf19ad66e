using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>
/// Grade lines, levels lines and multiplier lines end with exactly one line without a condition, the catch-all
/// that every employee reaches (spec 7, 12.4).
/// </summary>
internal static class CatchAllRules
{
    /// <param name="lines">The lines in file order.</param>
    /// <param name="isCatchAll">Whether a line has no condition.</param>
    /// <param name="span">Where a line starts.</param>
    /// <param name="name">How a line is named in a message.</param>
    /// <param name="list">How the list is named: "the grades block", "the multiplier lines".</param>
    /// <param name="diagnostics">Where mistakes go.</param>
    public static void Check<T>(IReadOnlyList<T> lines, Func<T, bool> isCatchAll, Func<T, SourceSpan> span, Func<T, string> name,
        string list, DiagnosticBag diagnostics)
    {
        if (lines.Count == 0) return;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (isCatchAll(lines[i])) diagnostics.Error(DiagnosticCode.CatchAllNotLast, span(lines[i]), list, name(lines[i]));
        }

        var last = lines[^1];
        if (!isCatchAll(last)) diagnostics.Error(DiagnosticCode.CatchAllMissing, span(last), list);
    }
}
