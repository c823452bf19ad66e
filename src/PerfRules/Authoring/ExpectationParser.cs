using PerfRules.Diagnostics;
using PerfRules.Text;

namespace PerfRules.Authoring;

/// <summary>
/// Reads the part of an expect line after <c>expect</c>: the employee, the result value, the operator and the
/// expected value, checking each against the kind of value it goes with. Every mistake is a diagnostic at its place.
/// </summary>
internal static class ExpectationParser
{
    private const string ValueHint = "a result value, such as score or grade,";

    public static Expectation? Parse(TestLineScanner line, DiagnosticBag diagnostics)
    {
        if (!ReadEmployee(line, diagnostics, out var employee, out var employeeSpan)) return null;
        if (ReadValue(line, diagnostics) is not { } value) return null;
        if (!ReadOperator(line, diagnostics, value, out var op, out var opText)) return null;
        if (!ReadItems(line, diagnostics, out var items)) return null;
        var span = items[0].Span.Through(items[^1].Span);
        var text = line.Text(items[0].Span, items[^1].Span);
        if (ReadExpected(value, op, opText, items, text, span, diagnostics) is not { } expected) return null;
        return new Expectation(employee, employeeSpan, value, op, opText, expected, text, span);
    }

    private static bool ReadEmployee(TestLineScanner line, DiagnosticBag diagnostics, out string employee, out SourceSpan span)
    {
        if (line.TryString(out employee, out span, out var closed))
        {
            if (closed) return true;
            diagnostics.Error(DiagnosticCode.UnterminatedTestString, span);
            return false;
        }

        if (line.TryWord(out employee, out span)) return true;
        diagnostics.Error(DiagnosticCode.MalformedExpectation, line.Here, "an employee id");
        return false;
    }

    private static ResultValue? ReadValue(TestLineScanner line, DiagnosticBag diagnostics)
    {
        if (!line.TryWord(out var keyword, out var span))
        {
            diagnostics.Error(DiagnosticCode.MalformedExpectation, line.Here, ValueHint);
            return null;
        }

        if (ResultValueInfo.Find(keyword) is not { } info)
        {
            diagnostics.Error(DiagnosticCode.UnknownResultValue, span, keyword);
            return null;
        }

        string? name = null;
        var whole = span;
        if (line.TryChar('('))
        {
            if (!line.TryWord(out var written, out _))
            {
                diagnostics.Error(DiagnosticCode.MalformedExpectation, line.Here, "a name");
                return null;
            }

            var close = line.Here;
            if (!line.TryChar(')'))
            {
                diagnostics.Error(DiagnosticCode.MalformedExpectation, close, "')'");
                return null;
            }

            name = written;
            whole = span.Through(close with { Length = 1 });
        }

        if (info.Names == NameRule.Required && name is null)
        {
            diagnostics.Error(DiagnosticCode.ResultValueNeedsName, span, keyword);
            return null;
        }

        if (info.Names == NameRule.None && name is not null)
        {
            diagnostics.Error(DiagnosticCode.ResultValueTakesNoName, whole, keyword);
            return null;
        }

        return new ResultValue(info, name, whole);
    }

    private static bool ReadOperator(TestLineScanner line, DiagnosticBag diagnostics, ResultValue value, out ExpectOperator op, out string text)
    {
        op = ExpectOperator.Equal;
        SourceSpan span;
        var known = line.TryOperator(out text, out span)
            ? TryOperator(text, out op)
            : line.TryWord(out text, out span) && TryOperator(text, out op);
        if (!known)
        {
            diagnostics.Error(DiagnosticCode.MalformedExpectation, span, "an operator (=, !=, <, <=, >, >=, has or lacks)");
            return false;
        }

        if (value.Info.Allows(op)) return true;
        diagnostics.Error(DiagnosticCode.OperatorNotForValue, span, value.Text, text, value.Info.OperatorsText);
        return false;
    }

    private static bool TryOperator(string text, out ExpectOperator op)
    {
        op = text switch
        {
            "=" or "==" => ExpectOperator.Equal,
            "!=" => ExpectOperator.NotEqual,
            "<" => ExpectOperator.Less,
            "<=" => ExpectOperator.LessOrEqual,
            ">" => ExpectOperator.Greater,
            ">=" => ExpectOperator.GreaterOrEqual,
            "has" => ExpectOperator.Has,
            "lacks" => ExpectOperator.Lacks,
            _ => (ExpectOperator)(-1),
        };
        return Enum.IsDefined(op);
    }

    private readonly record struct Item(string Text, bool Quoted, SourceSpan Span)
    {
        public bool IsNone => !Quoted && Text is "none" or "missing";
    }

    private static bool ReadItems(TestLineScanner line, DiagnosticBag diagnostics, out ImmutableArray<Item> items)
    {
        var builder = ImmutableArray.CreateBuilder<Item>();
        items = [];
        while (true)
        {
            if (line.TryString(out var text, out var span, out var closed))
            {
                if (!closed)
                {
                    diagnostics.Error(DiagnosticCode.UnterminatedTestString, span);
                    return false;
                }

                builder.Add(new Item(text, true, span));
            }
            else if (line.TryBareText(out text, out span))
            {
                builder.Add(new Item(text, false, span));
            }
            else
            {
                diagnostics.Error(DiagnosticCode.MalformedExpectation, line.Here, builder.Count == 0 ? "the expected value" : "a value after ','");
                return false;
            }

            if (line.AtEnd) break;
            if (line.TryChar(',')) continue;
            var here = line.Here;
            diagnostics.Error(DiagnosticCode.TextAfterTestLine, here, line.Rest(), "the expected value");
            return false;
        }

        items = builder.ToImmutable();
        return true;
    }

    private static ExpectedValue? ReadExpected(ResultValue value, ExpectOperator op, string opText, ImmutableArray<Item> items, string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        var kind = value.Info.Kind;
        if (kind != ResultValueKind.List && items.Length != 1)
        {
            diagnostics.Error(DiagnosticCode.WrongExpectedValue, span, value.Text, "one value", text);
            return null;
        }

        var item = items[0];
        var ordering = op is ExpectOperator.Less or ExpectOperator.LessOrEqual or ExpectOperator.Greater or ExpectOperator.GreaterOrEqual;
        if (ordering && item.IsNone)
        {
            diagnostics.Error(DiagnosticCode.WrongExpectedValue, span, $"'{opText}'", "a number", text);
            return null;
        }

        switch (kind)
        {
            case ResultValueKind.Number:
                if (item.IsNone) return new ExpectedNumber(null);
                if (!item.Quoted && TryNumber(item.Text, out var number)) return new ExpectedNumber(number);
                diagnostics.Error(DiagnosticCode.WrongExpectedValue, span, value.Text, "a number or missing", text);
                return null;
            case ResultValueKind.Text:
                return new ExpectedText(item.IsNone ? null : item.Text);
            case ResultValueKind.Flag:
                if (!item.Quoted && TryFlag(item.Text, out var flag)) return new ExpectedFlag(flag);
                diagnostics.Error(DiagnosticCode.WrongExpectedValue, span, value.Text, "true or false", text);
                return null;
            case ResultValueKind.List:
                if (items.Length == 1 && item.IsNone)
                {
                    if (op is ExpectOperator.Equal or ExpectOperator.NotEqual) return new ExpectedList([]);
                    diagnostics.Error(DiagnosticCode.WrongExpectedValue, span, $"'{opText}'", "at least one name", text);
                    return null;
                }

                return new ExpectedList([.. items.Select(i => i.Text)]);
            default:
                return new ExpectedAny(item.Text, item.Quoted);
        }
    }

    /// <summary>A number as a plan writes it: <c>_</c> between digits, a <c>%</c> that divides by 100, a leading minus.</summary>
    public static bool TryNumber(string text, out decimal value)
    {
        var percent = text.EndsWith('%');
        var digits = (percent ? text[..^1] : text).Replace("_", "", StringComparison.Ordinal);
        return ExactDecimal.TryParse(digits, percent, out value, out _);
    }

    public static bool TryFlag(string text, out bool value)
    {
        value = text.ToLowerInvariant() is "true" or "yes";
        return text.ToLowerInvariant() is "true" or "false" or "yes" or "no";
    }
}
