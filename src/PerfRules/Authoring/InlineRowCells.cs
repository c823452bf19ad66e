using System.Text;

namespace PerfRules.Authoring;

/// <summary>
/// Trims the cells of one CSV line written inside a tests file's <c>rows</c> block, so that columns may be aligned
/// with spaces: a data file keeps text cells as they are (docs/data-format.md), but in a tests file the padding
/// is layout, not data. A quoted cell keeps everything between its quotes; the spaces around the quotes go.
/// </summary>
internal static class InlineRowCells
{
    public static string Trim(string row)
    {
        var text = new StringBuilder(row.Length);
        var position = 0;
        while (true)
        {
            position = SkipSpaces(row, position);
            var cellStart = text.Length;
            if (position < row.Length && row[position] == '"') position = CopyQuoted(row, position, text);
            while (position < row.Length && row[position] != ',') text.Append(row[position++]);
            TrimEnd(text, cellStart);
            if (position >= row.Length) return text.ToString();
            text.Append(',');
            position++;
        }
    }

    /// <summary>Copies a quoted cell, quotes and doubled quotes included; returns the position after its closing quote.</summary>
    private static int CopyQuoted(string row, int position, StringBuilder text)
    {
        text.Append(row[position++]);
        while (position < row.Length)
        {
            var c = row[position++];
            text.Append(c);
            if (c != '"') continue;
            if (position < row.Length && row[position] == '"') text.Append(row[position++]);
            else break;
        }

        return position;
    }

    private static int SkipSpaces(string row, int position)
    {
        while (position < row.Length && row[position] is ' ' or '\t') position++;
        return position;
    }

    private static void TrimEnd(StringBuilder text, int cellStart)
    {
        var end = text.Length;
        while (end > cellStart && text[end - 1] is ' ' or '\t') end--;
        text.Length = end;
    }
}
