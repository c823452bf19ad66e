using PerfRules.Diagnostics;

namespace PerfRules.Authoring;

/// <summary>One expect line: <c>expect EMPLOYEE VALUE OP EXPECTED</c>.</summary>
/// <param name="Employee">The employee id.</param>
/// <param name="EmployeeSpan">Where the id is written.</param>
/// <param name="Value">The result value read.</param>
/// <param name="Operator">How it is compared.</param>
/// <param name="OperatorText">The operator as written.</param>
/// <param name="Expected">The expected value, read for the kind of the result value.</param>
/// <param name="ExpectedText">The expected value as written, for messages.</param>
/// <param name="ExpectedSpan">Where the expected value is written; failures point here.</param>
internal sealed record Expectation(
    string Employee,
    SourceSpan EmployeeSpan,
    ResultValue Value,
    ExpectOperator Operator,
    string OperatorText,
    ExpectedValue Expected,
    string ExpectedText,
    SourceSpan ExpectedSpan);

/// <summary>A result value named on an expect line, such as <c>grade</c> or <c>score(revenue)</c>.</summary>
/// <param name="Info">What the keyword reads.</param>
/// <param name="Name">The name in parentheses, or null.</param>
/// <param name="Span">Where the value is written.</param>
internal sealed record ResultValue(ResultValueInfo Info, string? Name, SourceSpan Span)
{
    /// <summary>The value as written in messages: <c>grade</c>, <c>score(revenue)</c>.</summary>
    public string Text => Name is null ? Info.Keyword : $"{Info.Keyword}({Name})";
}

/// <summary>How an expectation compares.</summary>
internal enum ExpectOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Has,
    Lacks,
}

/// <summary>An expected value, read for the kind of the result value it is compared with.</summary>
internal abstract record ExpectedValue;

/// <summary>A number, or null for <c>missing</c>.</summary>
internal sealed record ExpectedNumber(decimal? Value) : ExpectedValue;

/// <summary>A text, or null for <c>none</c> (no grade, no level).</summary>
internal sealed record ExpectedText(string? Value) : ExpectedValue;

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record ExpectedFlag(bool Value) : ExpectedValue;

/// <summary>Names or reasons; empty for <c>none</c>.</summary>
internal sealed record ExpectedList(ImmutableArray<string> Items) : ExpectedValue;

/// <summary>A metric's expected value, read once the metric's type is known.</summary>
/// <param name="Text">The value as written.</param>
/// <param name="Quoted">Whether it was written in quotes (then it is a text, never <c>missing</c>).</param>
internal sealed record ExpectedAny(string Text, bool Quoted) : ExpectedValue;
