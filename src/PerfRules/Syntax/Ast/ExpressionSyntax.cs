using PerfRules.Diagnostics;

namespace PerfRules.Syntax.Ast;

/// <summary>An expression: a value computed for each employee.</summary>
internal abstract record ExpressionSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>A number literal in an expression.</summary>
internal sealed record NumberExpression(NumberLiteral Literal) : ExpressionSyntax(Literal.Span);

/// <summary>A text literal in an expression.</summary>
internal sealed record StringExpression(StringLiteral Literal) : ExpressionSyntax(Literal.Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanExpression(bool Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>
/// A bare name: an input, a metric, or one of the built-in values <c>score</c>, <c>rank</c>,
/// <c>group_size</c>, <c>grade</c>, <c>multiplier</c>, <c>period_start</c>, <c>period_end</c>.
/// </summary>
internal sealed record NameExpression(string Name, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>
/// A call: <c>min(a, b)</c>, <c>previous(x, 2)</c>, <c>score(performance)</c>, <c>top(10%)</c>.
/// Group aggregates also carry <c>by NAME</c> and <c>where COND</c> written inside the parentheses.
/// </summary>
internal sealed record CallExpression(
    Identifier Function,
    ImmutableArray<ExpressionSyntax> Arguments,
    Identifier? By,
    ExpressionSyntax? Where,
    SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>-x</c> or <c>not c</c>.</summary>
internal sealed record UnaryExpression(UnaryOperator Operator, ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>Two operands and an operator; <paramref name="OperatorSpan"/> points at the operator itself.</summary>
internal sealed record BinaryExpression(
    BinaryOperator Operator,
    ExpressionSyntax Left,
    ExpressionSyntax Right,
    SourceSpan OperatorSpan,
    SourceSpan Span) : ExpressionSyntax(Span);

internal enum UnaryOperator { Negate, Not }

internal enum BinaryOperator
{
    Or, And,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    Add, Subtract, Multiply, Divide,
}
