using System.Globalization;
using PerfRules.Diagnostics;

namespace PerfRules.Authoring;

/// <summary>An expectation of a plan test that did not hold: where it is written, what it expected and what the plan gave.</summary>
/// <param name="Source">The tests file.</param>
/// <param name="Span">Where the expected value is written.</param>
/// <param name="Employee">The employee the expectation is about.</param>
/// <param name="Value">The result value as written, such as <c>grade</c> or <c>score(revenue)</c>.</param>
/// <param name="Expected">What was expected, with its operator: <c>S</c>, <c>&gt;= 80</c>, <c>to have star</c>.</param>
/// <param name="Actual">What the plan gave, shown as the expected value would be written: <c>A</c>, <c>63.00</c>, <c>none</c>.</param>
public sealed record ExpectationFailure(string? Source, SourceSpan Span, string Employee, string Value, string Expected, string Actual)
{
    /// <summary>1-based line of the expected value.</summary>
    public int Line => Span.Line;

    /// <summary>1-based column of the expected value.</summary>
    public int Column => Span.Column;

    /// <summary><c>e6 multiplier: expected 1, actual 0</c>.</summary>
    public string Message => $"{Employee} {Value}: expected {Expected}, actual {Actual}";

    /// <summary><c>acme.perf.tests(14,27): e6 multiplier: expected 1, actual 0</c>, the form editors jump to.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source ?? "<tests>"}({Line},{Column}): {Message}");
}
