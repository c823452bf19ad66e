using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using Sylvan.Data.Csv;

namespace PerfRules.Data;

/// <summary>
/// Reads a roster from CSV text: a header row naming <c>employee</c>, <c>period</c> and one column per input of
/// the plan (any order), then one row per employee and period. Rows are read one at a time, so a file of a million
/// rows is never held as text. Every problem is a diagnostic at <c>file(line,column)</c>, where line is the file line
/// on which the row starts (the header is line 1; a quoted cell may span lines) and column is the 1-based cell.
/// </summary>
/// <example>
/// <code>
/// var roster = CsvRosterReader.ReadFile("roster.csv", Cadence.Quarter, inputs);
/// foreach (var d in roster.Diagnostics) Console.Error.WriteLine(d);   // roster.csv(17,5): error PR2003: ...
/// </code>
/// </example>
public static class CsvRosterReader
{
    /// <summary>Reads CSV text; the reader is left open.</summary>
    /// <param name="reader">The text, header first.</param>
    /// <param name="sourceName">The name diagnostics carry, such as the file name.</param>
    /// <param name="planCadence">The cadence of the plan's periods; finer rows roll up into it.</param>
    /// <param name="inputs">The plan's inputs, in declaration order.</param>
    public static Roster Read(TextReader reader, string sourceName, Cadence planCadence, ImmutableArray<PlanInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new RosterAssembler(new InputTable(planCadence, inputs), sourceName, "line");
        return ReadRows(reader, rows);
    }

    /// <summary>Reads UTF-8 CSV bytes, with or without a byte order mark; the stream is left open.</summary>
    /// <param name="stream">The bytes, header first.</param>
    /// <param name="sourceName">The name diagnostics carry, such as the file name.</param>
    /// <param name="planCadence">The cadence of the plan's periods; finer rows roll up into it.</param>
    /// <param name="inputs">The plan's inputs, in declaration order.</param>
    public static Roster Read(Stream stream, string sourceName, Cadence planCadence, ImmutableArray<PlanInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(reader, sourceName, planCadence, inputs);
    }

    /// <summary>Reads a UTF-8 CSV file; diagnostics carry <paramref name="path"/> as their source. A file that cannot be opened or read is a diagnostic too.</summary>
    /// <param name="path">The file.</param>
    /// <param name="planCadence">The cadence of the plan's periods; finer rows roll up into it.</param>
    /// <param name="inputs">The plan's inputs, in declaration order.</param>
    public static Roster ReadFile(string path, Cadence planCadence, ImmutableArray<PlanInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        var table = new InputTable(planCadence, inputs);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return ReadRows(reader, new RosterAssembler(table, path, "line"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var rows = new RosterAssembler(table, path, "line");
            rows.ReportAt(DiagnosticCode.MalformedData, 1, 1, "the file cannot be read: " + e.Message);
            return rows.Build(readable: false);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Roster ReadRows(TextReader reader, RosterAssembler rows)
    {
        var employees = StringPool.Unbounded();
        var texts = new StringPool(maxEntries: 100_000, maxLength: 256);
        var nextLine = 1;
        var rowCount = 0;
        CsvHeader? header = null;
        try
        {
            // Comments are off, but the reader's comment character has to be some character, and it is NUL: a line
            // that starts with one is handed here instead of being read. It is reported, never skipped in silence,
            // and counted, so that the lines after it keep their numbers.
            void LineStartingWithNul(string skipped)
            {
                rows.ReportAt(DiagnosticCode.MalformedData, nextLine, 1,
                    "the line starts with a NUL character (U+0000), which is not text, so it is not read as a row");
                nextLine += 1 + LineBreaks(skipped);
            }

            using var csv = CsvDataReader.Create(reader, Options(LineStartingWithNul));
            while (csv.Read())
            {
                var line = nextLine;
                nextLine += LineBreaks(csv.GetRawRecordSpan());
                if (csv.RowFieldCount == 1 && csv.GetFieldSpan(0).Trim().IsEmpty) continue; // a blank line is no row
                if (header is null)
                {
                    header = CsvHeader.Read(csv, line, rows);
                    if (!header.Readable) return rows.Build(readable: false);
                    rows.PeriodColumn = header.PeriodCell + 1;
                    continue;
                }

                rowCount++;
                ReadRow(csv, line, header, rows, employees, texts);
            }
        }
        catch (CsvRecordTooLargeException)
        {
            rows.ReportAt(DiagnosticCode.MalformedData, nextLine, 1,
                "the row is longer than 16 million characters, which is most often a quote that never closes, so nothing from here on can be read");
            return rows.Build(readable: false);
        }
        catch (CsvFormatException e)
        {
            var column = e.FieldOrdinal >= 0 ? e.FieldOrdinal + 1 : 1;
            rows.ReportAt(DiagnosticCode.MalformedData, nextLine, column,
                "the row is not valid CSV (a quote inside an unquoted cell, text after a closing quote, or a quoted cell that never closes), so nothing from here on can be read");
            return rows.Build(readable: false);
        }
        catch (DecoderFallbackException)
        {
            rows.ReportAt(DiagnosticCode.MalformedData, nextLine, 1, "the data is not valid UTF-8 text (at this line or a little after it)");
            return rows.Build(readable: false);
        }

        if (header is null) rows.ReportAt(DiagnosticCode.MalformedData, 1, 1, "the data is empty: it needs a header row naming employee, period and the plan's inputs");
        else if (rowCount == 0) rows.ReportAt(DiagnosticCode.MalformedData, nextLine, 1, "the data has a header but no rows");
        return rows.Build();
    }

    private static void ReadRow(CsvDataReader csv, int line, CsvHeader header, RosterAssembler rows, StringPool employees, StringPool texts)
    {
        rows.BeginRow(line);
        var cells = csv.RowFieldCount;
        if (cells != header.CellCount)
        {
            // The cells cannot be trusted, but where the row's employee and period can be read, the row still
            // keeps a roll-up it belongs to from being completed without it.
            rows.RowError(DiagnosticCode.WrongCellCount, Math.Min(cells, header.CellCount) + 1, cells, header.CellCount);
            var knownEmployee = header.EmployeeCell < cells ? csv.GetFieldSpan(header.EmployeeCell).Trim() : [];
            PerfPeriod? knownPeriod = header.PeriodCell < cells && PeriodText.TryParse(csv.GetFieldSpan(header.PeriodCell).Trim(), out var p, out _) ? p : null;
            rows.EndRow(knownEmployee.IsEmpty ? null : employees.Get(knownEmployee), knownPeriod, quiet: true);
            return;
        }

        string? employee = null;
        var employeeText = csv.GetFieldSpan(header.EmployeeCell).Trim();
        if (employeeText.IsEmpty) rows.RowError(DiagnosticCode.EmptyEmployee, header.EmployeeCell + 1);
        else employee = employees.Get(employeeText);

        PerfPeriod? period = null;
        var periodText = csv.GetFieldSpan(header.PeriodCell).Trim();
        if (PeriodText.TryParse(periodText, out var parsed, out var problem)) period = parsed;
        else rows.RowError(DiagnosticCode.InvalidPeriod, header.PeriodCell + 1, periodText.ToString(), problem);

        var inputCells = header.InputCells;
        for (var i = 0; i < inputCells.Length; i++)
            CellText.Read(rows, i, csv.GetFieldSpan(inputCells[i]), inputCells[i] + 1, employee ?? "", texts);

        rows.EndRow(employee, period);
    }

    private static CsvDataReaderOptions Options(Action<string> lineStartingWithNul) => new()
    {
        CommentHandler = lineStartingWithNul,
        HasHeaders = false, // the header is read here, so that repeated and missing names are reported our way
        Delimiter = ',',
        Quote = '"',
        Escape = '"',
        Comment = '\0', // '#' opens a comment by default; in a roster it is ordinary text (and NUL is no text)
        CsvStyle = CsvStyle.Standard,
        OwnsReader = false,
        BufferSize = 1 << 16,
        MaxBufferSize = 1 << 24,
    };

    /// <summary>The line breaks in a raw record (CRLF, LF or a lone CR each count once), quoted ones included.</summary>
    private static int LineBreaks(ReadOnlySpan<char> record)
    {
        var breaks = 0;
        for (var i = record.IndexOfAny('\r', '\n'); i >= 0 && i < record.Length; i++)
        {
            var c = record[i];
            if (c == '\n' || (c == '\r' && (i + 1 == record.Length || record[i + 1] != '\n'))) breaks++;
        }

        return breaks;
    }
}
