using PerfRules.Diagnostics;
using PerfRules.Periods;

namespace PerfRules.Authoring;

/// <summary>One test of a tests file as written: its name, its roster, the period it scores and its expectations.</summary>
/// <param name="Name">The name in quotes after <c>test</c>.</param>
/// <param name="Span">Where the name is.</param>
/// <param name="Period">The period scored, or null for the latest period of the roster.</param>
/// <param name="PeriodSpan">Where the period is written, or the test's name when none is.</param>
/// <param name="Roster">Its rows or data file; null when neither was given (an error).</param>
/// <param name="Expectations">Its expect lines in file order.</param>
/// <param name="HasErrors">Whether a line of the test has a mistake, so that the test cannot run.</param>
/// <param name="LastLine">The last line of the file that belongs to the test.</param>
internal sealed record PlanTestCase(
    string Name,
    SourceSpan Span,
    int LastLine,
    PerfPeriod? Period,
    SourceSpan PeriodSpan,
    RosterSource? Roster,
    ImmutableArray<Expectation> Expectations,
    bool HasErrors);

/// <summary>Where a test's roster comes from.</summary>
internal abstract record RosterSource(SourceSpan Span);

/// <summary>
/// Rows written between <c>rows</c> and <c>end</c>, kept as CSV text whose line numbers are the tests file's own:
/// the lines before the first row are empty (a blank line is no row), so every data diagnostic points into the file.
/// </summary>
internal sealed record InlineRows(string CsvText, SourceSpan Span) : RosterSource(Span);

/// <summary>A CSV file named by <c>data</c>, its path resolved against the tests file's folder.</summary>
internal sealed record DataFile(string Path, SourceSpan Span) : RosterSource(Span);
