using PerfRules.Diagnostics;
using Sylvan.Data.Csv;

namespace PerfRules.Data;

/// <summary>
/// Where each column of a data file is: <c>employee</c>, <c>period</c> and one column per input, in any order,
/// named exactly (case-sensitive, spaces around a name ignored). Unknown columns are ignored with a warning.
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(int cellCount, int inputCount)
    {
        CellCount = cellCount;
        InputCells = new int[inputCount];
        Array.Fill(InputCells, -1);
    }

    public int CellCount { get; }

    public int EmployeeCell { get; private set; } = -1;

    public int PeriodCell { get; private set; } = -1;

    /// <summary>The 0-based cell of each input, in the plan's declaration order.</summary>
    public int[] InputCells { get; }

    /// <summary>False when a key or input column is missing or repeated: then no row can be read.</summary>
    public bool Readable { get; private set; } = true;

    public static CsvHeader Read(CsvDataReader csv, int line, RosterAssembler rows)
    {
        var inputs = rows.Inputs;
        var header = new CsvHeader(csv.RowFieldCount, inputs.Count);
        var firstCell = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var cell = 0; cell < header.CellCount; cell++)
        {
            var text = csv.GetFieldSpan(cell);
            if (cell == 0 && text.Length > 0 && text[0] == '\uFEFF') text = text[1..]; // a byte order mark read as text
            var name = text.Trim().ToString();
            var known = name is "employee" or "period" || inputs.TryGetIndex(name, out _);
            if (firstCell.TryGetValue(name, out var first))
            {
                // A repeated input or key column leaves no way to tell which cell holds the value.
                if (known) rows.ReportAt(DiagnosticCode.DuplicateColumn, line, cell + 1, name, first + 1);
                else rows.WarnAt(DiagnosticCode.DuplicateColumn, line, cell + 1, name, first + 1);
                header.Readable &= !known;
                continue;
            }

            firstCell.Add(name, cell);
            if (name == "employee") header.EmployeeCell = cell;
            else if (name == "period") header.PeriodCell = cell;
            else if (inputs.TryGetIndex(name, out var input)) header.InputCells[input] = cell;
            else rows.WarnAt(DiagnosticCode.UnknownColumn, line, cell + 1, name);
        }

        // A missing column is reported where it would be: employee first, period second, inputs at the end.
        if (header.EmployeeCell < 0) rows.ReportAt(DiagnosticCode.MissingKeyColumn, line, 1, "employee");
        if (header.PeriodCell < 0) rows.ReportAt(DiagnosticCode.MissingKeyColumn, line, 2, "period");
        for (var i = 0; i < inputs.Count; i++)
            if (header.InputCells[i] < 0) rows.ReportAt(DiagnosticCode.MissingColumn, line, header.CellCount + 1, inputs[i].Name);

        header.Readable &= header.EmployeeCell >= 0 && header.PeriodCell >= 0 && Array.IndexOf(header.InputCells, -1) < 0;
        return header;
    }
}
