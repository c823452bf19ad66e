using System.Collections.Frozen;
using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>
/// No two output columns may share a header (spec 12.8, 12.9): awards and levels blocks are columns named after
/// them, named rankings are <c>rank_NAME</c> columns, and none may repeat a fixed column.
/// </summary>
internal static class OutputColumns
{
    /// <summary>The nine fixed columns of section 10, and <c>profile</c>.</summary>
    private static readonly FrozenSet<string> Fixed = new[]
    {
        "employee", "period", "group", "score", "rank", "group_size", "grade", "multiplier", "flags", "profile",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An output column and who adds it. Two columns of one namespace clash only when their names do, which is
    /// reported as a duplicate name already.
    /// </summary>
    private sealed record Column(string Header, string Owner, string Namespace, SourceSpan Span);

    public static void Check(DeclarationTable table, DiagnosticBag diagnostics)
    {
        var columns = new List<Column>();
        foreach (var (syntax, _) in table.NamedRankings)
        {
            columns.Add(new Column("rank_" + syntax.Name!.Name, $"ranking '{syntax.Name.Name}'", "rankings", syntax.Name.Span));
        }

        foreach (var (syntax, _) in table.Levels)
        {
            columns.Add(new Column(syntax.Name.Name, $"levels block '{syntax.Name.Name}'", "names", syntax.Name.Span));
        }

        foreach (var (syntax, _) in table.Awards)
        {
            columns.Add(new Column(syntax.Name.Name, $"award '{syntax.Name.Name}'", "names", syntax.Name.Span));
        }

        // The later of two clashing declarations is the one at fault, so walk them in file order.
        columns.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var seen = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (Fixed.Contains(column.Header))
            {
                diagnostics.Error(DiagnosticCode.OutputColumnClash, column.Span, column.Owner, column.Header, "a fixed column");
            }
            else if (seen.TryGetValue(column.Header, out var first))
            {
                if (first.Namespace != column.Namespace)
                {
                    diagnostics.Error(DiagnosticCode.OutputColumnClash, column.Span, column.Owner, column.Header,
                        $"{first.Owner} at line {first.Span.Line}");
                }
            }
            else
            {
                seen.Add(column.Header, column);
            }
        }
    }
}
