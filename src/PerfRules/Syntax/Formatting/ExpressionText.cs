using System.Text;
using PerfRules.Syntax.Ast;

namespace PerfRules.Syntax.Formatting;

/// <summary>
/// Writes an expression back as plan text with the fewest parentheses that keep its tree: for messages that quote the
/// operand at fault, and for the formatter.
/// </summary>
internal static class ExpressionText
{
    public static string Of(ExpressionSyntax expression)
    {
        var text = new StringBuilder();
        Write(expression, text);
        return text.ToString();
    }

    /// <summary>A text as the plan writes it: in double quotes, with <c>\</c>, <c>"</c> and line breaks escaped.</summary>
    public static string StringLiteral(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    /// <summary>The expression in single quotes, as messages quote names.</summary>
    public static string Quoted(ExpressionSyntax expression) => "'" + Of(expression) + "'";

    private static void Write(ExpressionSyntax expression, StringBuilder text)
    {
        switch (expression)
        {
            case NumberExpression number:
                text.Append(number.Literal.Text);
                break;
            case StringExpression str:
                text.Append(StringLiteral(str.Literal.Value));
                break;
            case BooleanExpression boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case NameExpression name:
                text.Append(name.Name);
                break;
            case CallExpression call:
                WriteCall(call, text);
                break;
            case UnaryExpression unary:
                text.Append(unary.Operator == UnaryOperator.Negate ? "-" : "not ");
                WriteOperand(unary.Operand, Precedence(expression), text, parenthesizeEqual: false);
                break;
            case BinaryExpression binary:
                var precedence = Precedence(binary);
                var comparison = precedence == ComparisonPrecedence;
                WriteOperand(binary.Left, precedence, text, parenthesizeEqual: comparison);
                text.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
                WriteOperand(binary.Right, precedence, text, parenthesizeEqual: true);
                break;
            default:
                text.Append('?');
                break;
        }
    }

    private static void WriteCall(CallExpression call, StringBuilder text)
    {
        text.Append(call.Function.Name).Append('(');
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            if (i > 0) text.Append(", ");
            Write(call.Arguments[i], text);
        }

        if (call.By is not null) text.Append(" by ").Append(call.By.Name);
        if (call.Where is not null)
        {
            text.Append(" where ");
            Write(call.Where, text);
        }

        text.Append(')');
    }

    private static void WriteOperand(ExpressionSyntax operand, int parent, StringBuilder text, bool parenthesizeEqual)
    {
        var own = Precedence(operand);
        var parenthesize = own < parent || (parenthesizeEqual && own == parent);
        if (parenthesize) text.Append('(');
        Write(operand, text);
        if (parenthesize) text.Append(')');
    }

    private const int ComparisonPrecedence = 4;

    /// <summary>Loosest first, as in spec 3: or, and, not, comparisons, + -, * /, unary minus, then atoms.</summary>
    private static int Precedence(ExpressionSyntax expression) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.Or } => 1,
        BinaryExpression { Operator: BinaryOperator.And } => 2,
        UnaryExpression { Operator: UnaryOperator.Not } => 3,
        BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => 5,
        BinaryExpression { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } => 6,
        BinaryExpression => ComparisonPrecedence,
        UnaryExpression => 7,
        _ => 8,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };
}
