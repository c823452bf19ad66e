using System.Text;
using PerfRules.Diagnostics;
using PerfRules.Periods;

namespace PerfRules.Authoring;

/// <summary>
/// Reads a tests file line by line (docs/language.md, "Plan tests"). Each line begins with a keyword: <c>test</c>
/// starts a test; <c>period</c>, <c>data</c>, <c>rows</c> ... <c>end</c> and <c>expect</c> belong to the test above
/// them. Every mistake is a diagnostic at its line and column; a test with a mistake is kept, marked, and not run.
/// </summary>
internal sealed class PlanTestParser
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string? _baseDirectory;
    private readonly List<PlanTestCase> _tests = [];
    private readonly Dictionary<string, int> _testLines = new(StringComparer.Ordinal);
    private TestBuilder? _test;
    private RowsBlock? _rows;
    private bool _sawTestLine;
    private int _lineNumber;

    private PlanTestParser(DiagnosticBag diagnostics, string? baseDirectory)
    {
        _diagnostics = diagnostics;
        _baseDirectory = baseDirectory;
    }

    public static ImmutableArray<PlanTestCase> Parse(string text, string? baseDirectory, DiagnosticBag diagnostics)
    {
        var parser = new PlanTestParser(diagnostics, baseDirectory);
        var offset = 0;
        var number = 0;
        foreach (var line in Lines(text))
        {
            number++;
            parser.ReadLine(line, number, offset);
            offset += line.Length + 1;
        }

        parser.Finish();
        return [.. parser._tests];
    }

    private static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line) yield return line;
    }

    private void ReadLine(string text, int number, int offset)
    {
        _lineNumber = number;
        var line = new TestLineScanner(text, number, offset);
        if (_rows is { } rows)
        {
            if (text.Trim() == "end")
            {
                CloseRows(rows);
                return;
            }

            // A rows block left open would swallow the tests below it: a test or expect line ends it.
            if (!StartsTestOrExpect(text))
            {
                rows.Add(text.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : text);
                return;
            }

            Error(DiagnosticCode.RowsNotClosed, rows.Span);
            CloseRows(rows);
        }

        if (line.AtEnd) return;
        line.TryWord(out var keyword, out var span);
        if (keyword.Length == 0) line.TryBareText(out keyword, out span);
        if (keyword == "test")
        {
            StartTest(line, span);
            return;
        }

        if (keyword is not ("period" or "data" or "rows" or "expect" or "end"))
        {
            Error(DiagnosticCode.UnknownTestLine, span, keyword);
            return;
        }

        if (keyword == "end")
        {
            Error(DiagnosticCode.EndOutsideRows, span);
            return;
        }

        if (_test is not { } test)
        {
            Error(DiagnosticCode.LineOutsideTest, span, keyword);
            return;
        }

        switch (keyword)
        {
            case "period": ReadPeriod(test, line, span); break;
            case "data": ReadData(test, line, span); break;
            case "rows": StartRows(test, line, span, number); break;
            default:
                if (ExpectationParser.Parse(line, _diagnostics) is { } expectation) test.Expectations.Add(expectation);
                else test.HasErrors = true;
                break;
        }
    }

    private static bool StartsTestOrExpect(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("test \"", StringComparison.Ordinal) || trimmed.StartsWith("expect ", StringComparison.Ordinal);
    }

    private void StartTest(TestLineScanner line, SourceSpan keywordSpan)
    {
        FinishTest(keywordSpan.Line - 1);
        _sawTestLine = true;
        var named = line.TryString(out var name, out var span, out var closed);
        _test = new TestBuilder(name, named ? span : keywordSpan);
        if (!named)
        {
            Error(DiagnosticCode.TestNameMissing, line.Here);
            return;
        }

        if (!closed)
        {
            Error(DiagnosticCode.UnterminatedTestString, span);
            return;
        }

        if (_testLines.TryGetValue(name, out var first)) Error(DiagnosticCode.DuplicateTestName, span, name, first);
        else _testLines[name] = span.Line;
        EndOfLine(line, $"test \"{name}\"");
    }

    private void ReadPeriod(TestBuilder test, TestLineScanner line, SourceSpan keywordSpan)
    {
        if (!line.TryWord(out var text, out var span))
        {
            Error(DiagnosticCode.TestLineIncomplete, line.Here, "period", "a period", "period 2025-Q3");
            return;
        }

        if (test.Period is not null)
        {
            Error(DiagnosticCode.SecondTestPeriod, keywordSpan, test.Name, test.PeriodSpan.Line);
            return;
        }

        if (!PeriodText.TryParse(text, out var period, out var problem))
        {
            Error(DiagnosticCode.InvalidTestPeriod, span, text, problem);
            return;
        }

        test.Period = period;
        test.PeriodSpan = span;
        EndOfLine(line, "the period");
    }

    private void ReadData(TestBuilder test, TestLineScanner line, SourceSpan keywordSpan)
    {
        var quoted = line.TryString(out var path, out var span, out var closed);
        if (quoted && !closed)
        {
            Error(DiagnosticCode.UnterminatedTestString, span);
            return;
        }

        if (!quoted && !line.TryBareText(out path, out span))
        {
            Error(DiagnosticCode.TestLineIncomplete, line.Here, "data", "a CSV file", "data roster.csv");
            return;
        }

        if (!SetRoster(test, keywordSpan)) return;
        var full = _baseDirectory is null ? path : Path.Combine(_baseDirectory, path);
        if (!File.Exists(full))
        {
            Error(DiagnosticCode.TestDataUnreadable, span, path, Directory.Exists(full) ? "it is a folder" : "no such file");
            return;
        }

        test.Roster = new DataFile(full, span);
        if (quoted) EndOfLine(line, "the file name");
    }

    private void StartRows(TestBuilder test, TestLineScanner line, SourceSpan keywordSpan, int number)
    {
        EndOfLine(line, "'rows'");
        if (!SetRoster(test, keywordSpan)) return;
        _rows = new RowsBlock(test, keywordSpan, number);
    }

    private bool SetRoster(TestBuilder test, SourceSpan keywordSpan)
    {
        if (test.RosterLine is { } first)
        {
            Error(DiagnosticCode.SecondRoster, keywordSpan, test.Name, first);
            return false;
        }

        test.RosterLine = keywordSpan.Line;
        return true;
    }

    private void CloseRows(RowsBlock rows)
    {
        rows.Test.Roster = new InlineRows(rows.CsvText(), rows.Span);
        _rows = null;
    }

    private void EndOfLine(TestLineScanner line, string after)
    {
        if (line.AtEnd) return;
        Error(DiagnosticCode.TextAfterTestLine, line.Here, line.Rest(), after);
    }

    private void Finish()
    {
        if (_rows is { } rows)
        {
            Error(DiagnosticCode.RowsNotClosed, rows.Span);
            CloseRows(rows);
        }

        FinishTest(_lineNumber);
        if (!_sawTestLine) _diagnostics.Error(DiagnosticCode.NoTests, SourceSpan.StartOfText);
    }

    private void FinishTest(int lastLine)
    {
        if (_test is not { } test) return;
        if (test.Roster is null && test.RosterLine is null) Error(DiagnosticCode.TestWithoutRoster, test.Span, test.Name);
        if (test.Expectations.Count == 0 && !test.HasErrors) Error(DiagnosticCode.NoExpectations, test.Span, test.Name);
        _tests.Add(new PlanTestCase(test.Name, test.Span, lastLine, test.Period, test.PeriodSpan, test.Roster, [.. test.Expectations], test.HasErrors || test.Roster is null));
        _test = null;
    }

    private void Error(DiagnosticCode code, SourceSpan span, params object?[] args)
    {
        _diagnostics.Error(code, span, args);
        if (_test is { } test) test.HasErrors = true;
    }

    private sealed class TestBuilder(string name, SourceSpan span)
    {
        public string Name { get; } = name;
        public SourceSpan Span { get; } = span;
        public PerfPeriod? Period { get; set; }
        public SourceSpan PeriodSpan { get; set; } = span;
        public RosterSource? Roster { get; set; }
        public int? RosterLine { get; set; }
        public List<Expectation> Expectations { get; } = [];
        public bool HasErrors { get; set; }
    }

    private sealed class RowsBlock(TestBuilder test, SourceSpan span, int line)
    {
        private readonly StringBuilder _text = new(new string('\n', line));

        public TestBuilder Test { get; } = test;
        public SourceSpan Span { get; } = span;

        public void Add(string row) => _text.Append(InlineRowCells.Trim(row)).Append('\n');

        public string CsvText() => _text.ToString();
    }
}
