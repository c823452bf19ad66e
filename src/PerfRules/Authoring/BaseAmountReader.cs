using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Text;
using Sylvan.Data.Csv;

namespace PerfRules.Authoring;

/// <summary>
/// Reads each employee's base amount for a diff's payout totals from a column the plans need not know. Rows finer
/// than the scored period (months of a quarter) add up: a monthly base bonus makes the quarter's. Empty cells add
/// nothing; an employee whose cells are all empty has no base amount.
/// </summary>
internal static class BaseAmountReader
{
    public static Dictionary<string, decimal> ReadFile(string path, string column, PerfPeriod period, DiagnosticBag diagnostics)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(path);
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false, Comment = '\0' });
            Read(csv, column, period, amounts, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            // The rosters read for the plans have reported why the file cannot be read.
        }

        return amounts;
    }

    private static void Read(CsvDataReader csv, string column, PerfPeriod period, Dictionary<string, decimal> amounts, DiagnosticBag diagnostics)
    {
        if (!csv.Read()) return;
        int employeeCell = -1, periodCell = -1, amountCell = -1;
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            var name = csv.GetString(i).Trim();
            if (name == "employee") employeeCell = i;
            else if (name == "period") periodCell = i;
            if (name == column) amountCell = i;
        }

        if (amountCell < 0)
        {
            diagnostics.Error(DiagnosticCode.BaseColumnMissing, SourceSpan.StartOfText, column);
            return;
        }

        if (employeeCell < 0 || periodCell < 0) return;
        var line = 1 + LineBreaks(csv.GetRawRecordSpan());
        while (csv.Read())
        {
            var rowLine = line;
            line += LineBreaks(csv.GetRawRecordSpan());
            var last = Math.Max(amountCell, Math.Max(employeeCell, periodCell));
            if (csv.RowFieldCount <= last) continue;
            if (!PeriodText.TryParse(csv.GetFieldSpan(periodCell).Trim(), out var rowPeriod, out _) || !period.Contains(rowPeriod)) continue;

            var employee = csv.GetString(employeeCell).Trim();
            var text = csv.GetFieldSpan(amountCell).Trim();
            if (text.IsEmpty) continue;
            if (!ExactDecimal.TryParse(text, percent: false, out var amount, out _))
            {
                diagnostics.Error(DiagnosticCode.InvalidBaseAmount, new SourceSpan(0, 0, rowLine, amountCell + 1), text.ToString(), column, employee);
                continue;
            }

            amounts[employee] = amounts.GetValueOrDefault(employee) + amount;
        }
    }

    private static int LineBreaks(ReadOnlySpan<char> record)
    {
        var breaks = 0;
        for (var i = 0; i < record.Length; i++)
            if (record[i] == '\n' || (record[i] == '\r' && (i + 1 == record.Length || record[i + 1] != '\n'))) breaks++;
        return breaks;
    }
}
