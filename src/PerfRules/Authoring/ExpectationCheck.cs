using NodaTime;
using PerfRules.Periods;

namespace PerfRules.Authoring;

/// <summary>Compares an expectation with the value read from a result.</summary>
internal static class ExpectationCheck
{
    /// <summary>Whether the expectation holds, or null when its expected value cannot be read as the metric's type.</summary>
    public static bool? Holds(Expectation expectation, object? actual) => expectation.Expected switch
    {
        ExpectedNumber number => Compare(expectation.Operator, number.Value, actual as decimal?),
        ExpectedText text => Same(expectation.Operator, string.Equals(NoneWhenEmpty(text.Value), NoneWhenEmpty(actual as string), StringComparison.Ordinal)),
        ExpectedFlag flag => Same(expectation.Operator, actual is bool b && b == flag.Value),
        ExpectedList list => CompareList(expectation.Operator, list.Items, actual is ImmutableArray<string> items ? items : []),
        ExpectedAny any => CompareAny(expectation.Operator, any, actual),
        _ => false,
    };

    // The group of a plan without 'within' is "": it reads as none, like a missing grade.
    private static string? NoneWhenEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static bool Same(ExpectOperator op, bool equal) => op == ExpectOperator.NotEqual ? !equal : equal;

    private static bool Compare<T>(ExpectOperator op, T? expected, T? actual)
        where T : struct, IComparable<T>
    {
        if (op is ExpectOperator.Equal or ExpectOperator.NotEqual)
            return Same(op, expected.HasValue == actual.HasValue && (!expected.HasValue || expected.Value.CompareTo(actual!.Value) == 0));
        if (expected is not { } e || actual is not { } a) return false;
        var order = a.CompareTo(e);
        return op switch
        {
            ExpectOperator.Less => order < 0,
            ExpectOperator.LessOrEqual => order <= 0,
            ExpectOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    // Lists are compared as sets of names: the order a tests file lists them in does not matter.
    private static bool CompareList(ExpectOperator op, ImmutableArray<string> expected, ImmutableArray<string> actual) => op switch
    {
        ExpectOperator.Has => expected.All(actual.Contains),
        ExpectOperator.Lacks => !expected.Any(actual.Contains),
        _ => Same(op, expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal)),
    };

    private static bool? CompareAny(ExpectOperator op, ExpectedAny expected, object? actual)
    {
        var none = !expected.Quoted && expected.Text is "missing" or "none";
        switch (actual)
        {
            case null:
                return op is ExpectOperator.Equal or ExpectOperator.NotEqual ? Same(op, none) : false;
            case decimal number:
                if (none) return Compare<decimal>(op, null, number);
                return !expected.Quoted && ExpectationParser.TryNumber(expected.Text, out var value) ? Compare<decimal>(op, value, number) : null;
            case bool flag:
                if (none) return Same(op, false);
                return !expected.Quoted && ExpectationParser.TryFlag(expected.Text, out var truth) && op is ExpectOperator.Equal or ExpectOperator.NotEqual
                    ? Same(op, truth == flag)
                    : null;
            case LocalDate date:
                if (none) return Compare<LocalDate>(op, null, date);
                return PeriodText.TryParseDate(expected.Text, out var day, out _) ? Compare<LocalDate>(op, day, date) : null;
            default:
                return Same(op, !none && string.Equals(expected.Text, actual as string, StringComparison.Ordinal));
        }
    }

    /// <summary>What a metric of this value's type takes, for the diagnostic of an expected value that does not fit.</summary>
    public static string Takes(object? actual) => actual switch
    {
        bool => "true or false with = or !=",
        LocalDate => "a date such as 2025-07-14, or missing",
        _ => "a number or missing",
    };

    /// <summary>The operator as a failure message puts it before the expected value.</summary>
    public static string Phrase(ExpectOperator op, string written) => op switch
    {
        ExpectOperator.Equal => "",
        ExpectOperator.NotEqual => "not ",
        ExpectOperator.Has => "to have ",
        ExpectOperator.Lacks => "not to have ",
        _ => written + " ",
    };
}
