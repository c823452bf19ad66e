using System.Globalization;
using PerfRules.Syntax.Ast;
using PerfRules.Syntax.Formatting;

namespace PerfRules.Tests.Syntax;

/// <summary>Expressions written back as S-expressions, so that a test can state a tree's shape on one line.</summary>
internal static class TreeText
{
    public static string Of(ExpressionSyntax expression) => expression switch
    {
        NumberExpression n => n.Literal.Value.ToString(CultureInfo.InvariantCulture) + (n.Literal.IsPercent ? "%" : ""),
        StringExpression s => "\"" + s.Literal.Value + "\"",
        BooleanExpression b => b.Value ? "true" : "false",
        NameExpression n => n.Name,
        UnaryExpression u => $"({(u.Operator == UnaryOperator.Not ? "not" : "-")} {Of(u.Operand)})",
        BinaryExpression b => $"({Symbol(b.Operator)} {Of(b.Left)} {Of(b.Right)})",
        CallExpression c => $"{c.Function.Name}[{string.Join(", ", c.Arguments.Select(Of))}"
                            + (c.By is null ? "" : $" by {c.By.Name}")
                            + (c.Where is null ? "" : $" where {Of(c.Where)}") + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, null),
    };

    private static string Symbol(BinaryOperator op) => ExpressionText.Symbol(op);
}
