using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Tests.Properties;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

/// <summary>
/// Rosters a hostile or careless source could send: every row is read into a snapshot or named by a diagnostic,
/// nothing is dropped silently, nothing throws, and memory stays within a small multiple of the data's size.
/// </summary>
public class HostileCsvTests
{
    private static readonly ImmutableArray<PlanInput> Inputs = DataTesting.Inputs(
        Input("amount", InputType.Money),
        Input("visits", InputType.Count, optional: true),
        Input("share", InputType.Percent),
        Input("region", InputType.Text, optional: true),
        Input("active", InputType.Flag),
        Input("joined", InputType.Date, optional: true));

    private static readonly string[] Garbage =
    [
        "", " ", "abc", "1e5", "-1", "1.5", "99999999999999999999999999999999", "0.00000000000000000000000000001", "1,5",
        "NaN", "Infinity", "１２３", "2025-13-01", "yes", "TRUE", "95%", "%", "-", "\"", "\"\"", "a\"b", "x,y", "line\nbreak",
        "cr\rhere", "\0", "\u200B", "😀", "=cmd|' /C calc'!A0", "2025-02-30", "  7  ", new string('9', 300),
    ];

    /// <summary>A valid month roster with garbage in some cells, quoted as CSV wants or now and then written raw.</summary>
    public sealed record GarbageRoster(string Text, ImmutableArray<(int Line, string Employee, string Period)> Rows)
    {
        public override string ToString() => "\n" + Text;
    }

    private static Gen<GarbageRoster> Rosters =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from rows in Gen.Choose(1, 30)
        select Make(new Random(seed), rows);

    private static GarbageRoster Make(Random random, int count)
    {
        var text = new StringBuilder("employee,period,amount,visits,share,region,active,joined\n");
        var rows = ImmutableArray.CreateBuilder<(int, string, string)>();
        var line = 2;
        for (var i = 0; i < count; i++)
        {
            string[] cells = [$"e{random.Next(1, 12)}", $"2025-{random.Next(1, 4):00}", "1500.25", "3", "95%", "north", "yes", "2024-05-01"];
            for (var c = 0; c < cells.Length; c++)
                if (random.NextDouble() < 0.15) cells[c] = Garbage[random.Next(Garbage.Length)];
            // Now and then a cell is written raw: a comma or a line break in it then splits the row, which is
            // reported line by line. A raw quote is always escaped: it would open a quoted cell that swallows the
            // rows after it into one, and which line a reader blames for them is anyone's guess.
            var record = string.Join(",", cells.Select(cell => random.NextDouble() < 0.9 || cell.Contains('"') ? Quote(cell) : cell));
            text.Append(record).Append(random.Next(2) == 0 ? "\n" : "\r\n");
            rows.Add((line, cells[0].Trim(), cells[1].Trim()));
            line += 1 + record.Count(ch => ch == '\n') + record.Replace("\r\n", "\n").Count(ch => ch == '\r');
        }

        return new GarbageRoster(text.ToString(), rows.ToImmutable());
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    [ScaledProperty(300)]
    public Property Every_row_of_a_roster_with_garbage_cells_is_read_or_reported_never_dropped_or_thrown() =>
        Prop.ForAll(Arb.From(Rosters), garbage =>
        {
            var roster = ReadCsv(garbage.Text, Cadence.Month, Inputs);

            // Broken CSV quoting stops the read at its row, with one diagnostic that says so, and a file that cannot
            // be read to its end is not scored in part (data-format.md).
            if (roster.Diagnostics.Any(d => d.Message.Contains("nothing from here on", StringComparison.Ordinal)))
            {
                Assert.Empty(roster.Periods);
                return;
            }

            var errorLines = roster.Diagnostics.Where(d => d.IsError).Select(d => d.Line).ToHashSet();
            foreach (var (line, employee, period) in garbage.Rows)
            {
                if (errorLines.Contains(line)) continue;
                var snapshot = roster.Find(PerfPeriod.Parse(period));
                Assert.True(snapshot is not null && snapshot.RowOf(employee) >= 0, $"the row at line {line} ({employee}, {period}) was dropped without a word:\n" + string.Join("\n", roster.Diagnostics));
            }
        });

    [Fact]
    public void A_megabyte_long_employee_id_and_a_megabyte_long_text_are_read_whole_in_bounded_memory()
    {
        var id = new string('e', 1 << 20);
        var region = new string('r', 1 << 20);
        var text = $"employee,period,amount,visits,share,region,active,joined\n{id},2025-01,1,2,3%,{region},no,\ne2,2025-01,1,2,3%,x,yes,\n";

        var before = GC.GetAllocatedBytesForCurrentThread();
        var roster = ReadCsv(text, Cadence.Month, Inputs);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(roster.Diagnostics);
        var snapshot = Assert.Single(roster.Periods);
        Assert.Equal([id, "e2"], snapshot.Employees.ToArray());
        Assert.Equal(region, Value(snapshot, Inputs, id, "region"));
        // 4 MB of text in memory (two strings of a million UTF-16 characters each); the reader's buffer grows by doubling.
        Assert.InRange(allocated, 0, 64L << 20);
    }

    [Fact]
    public void Ten_thousand_unknown_columns_are_one_warning_each_and_every_row_is_read()
    {
        var header = "employee,period,amount,visits,share,region,active,joined," + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"c{i}"));
        var filler = string.Concat(Enumerable.Repeat(",x", 10_000));
        var text = header + "\n" + string.Concat(Enumerable.Range(1, 20).Select(e => $"e{e},2025-01,1,2,3%,x,yes,{filler}\n"));

        var roster = ReadCsv(text, Cadence.Month, Inputs);

        Assert.Equal(10_000, roster.Diagnostics.Length);
        Assert.All(roster.Diagnostics, d => Assert.Equal((DiagnosticCode.UnknownColumn, 1), (d.Code, d.Line)));
        Assert.Equal(20, Assert.Single(roster.Periods).Count);
    }

    [Fact]
    public void Mixed_line_endings_keep_every_row_and_the_line_numbers_of_their_diagnostics()
    {
        // Lines 2 to 7 end in LF, CRLF, CRLF, LF, CRLF and nothing; line 5 has a count of -1.
        var text = "employee,period,amount,visits,share,region,active,joined\n" +
                   "e1,2025-01,1,2,3%,x,yes,\n" + "e2,2025-01,1,2,3%,x,yes,\r\n" + "e3,2025-01,1,2,3%,x,yes,\r\n" +
                   "e4,2025-01,1,-1,3%,x,yes,\n" + "e5,2025-01,1,2,3%,x,yes,\r\n" + "e6,2025-01,1,2,3%,x,yes,";

        var roster = ReadCsv(text, Cadence.Month, Inputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.InvalidCount, 5, 4), (error.Code, error.Line, error.Column));
        Assert.Equal(["e1", "e2", "e3", "e5", "e6"], Assert.Single(roster.Periods).Employees.ToArray());
    }

    [Fact]
    public void A_line_starting_with_a_NUL_character_is_reported_and_the_lines_after_it_keep_their_numbers()
    {
        // The reader's comment character is NUL (comments are off); such a line used to vanish without a word.
        var text = "employee,period,amount,visits,share,region,active,joined\n" + "e1,2025-01,1,2,3%,x,yes,\n" +
                   "\0e2,2025-01,1,2,3%,x,yes,\n" + "e3,2025-01,1,-2,3%,x,yes,\n";

        var roster = ReadCsv(text, Cadence.Month, Inputs);

        Assert.Equal(
            ["roster.csv(3,1): error PR2014: the line starts with a NUL character (U+0000), which is not text, so it is not read as a row",
             "roster.csv(4,4): error PR2005: count input 'visits' of employee 'e3' must be a whole number of 0 or more, not -2"],
            roster.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["e1"], Assert.Single(roster.Periods).Employees.ToArray());
    }

    [Fact]
    public void A_lone_carriage_return_ends_no_row_so_the_rows_it_joins_are_one_error_not_a_silent_loss()
    {
        // data-format.md: lines end with LF or CRLF. Rows joined by a lone CR have too many cells, and say so.
        var text = "employee,period,amount,visits,share,region,active,joined\ne1,2025-01,1,2,3%,x,yes,\re2,2025-01,1,2,3%,x,yes,\n";

        var roster = ReadCsv(text, Cadence.Month, Inputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.WrongCellCount, 2), (error.Code, error.Line));
        Assert.Equal("the row has 15 cells but the header has 8", error.Message);
    }

    [Fact]
    public void Bytes_that_are_not_text_are_one_diagnostic_and_no_row_is_read()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("employee,period,amount,visits,share,region,active,joined\ne1,2025-01,1,2,3%,"), 0xFF, 0xFE, 0x00, .. "\n"u8];

        var roster = ReadBytes(bytes, Cadence.Month, Inputs);

        Assert.Equal(DiagnosticCode.MalformedData, Assert.Single(roster.Diagnostics).Code);
        Assert.Empty(roster.Periods);
    }
}
