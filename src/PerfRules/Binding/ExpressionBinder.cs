using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using PerfRules.Syntax.Formatting;

namespace PerfRules.Binding;

/// <summary>
/// Binds expressions: resolves names, checks types and stages, and numbers the history and aggregate call sites.
/// One mistake gives one diagnostic: a part that failed binds to <see cref="BoundErrorExpression"/>, and the checks
/// that meet it stay silent. This file holds names and operators; the other parts hold the functions.
/// </summary>
internal sealed partial class ExpressionBinder(DeclarationTable table, DiagnosticBag diagnostics, SlotCounter slots)
{
    /// <summary>
    /// What surrounds the expression being bound. Inside <c>previous</c> every value is from a finished period, so
    /// stages are not checked (<see cref="StageFree"/>). The enclosing history function and aggregate are kept for
    /// the nesting rules of spec 12.9: <see cref="EnclosingHistory"/> is the nearest history function around the
    /// expression, <see cref="EnclosingCall"/> the nearest history function or aggregate.
    /// </summary>
    private readonly record struct Scope(ExpressionPlace Place, bool StageFree, string? EnclosingHistory, string? EnclosingCall);

    public BoundExpression Bind(ExpressionSyntax syntax, ExpressionPlace place) => Bind(syntax, new Scope(place, false, null, null));

    /// <summary>Binds a condition; <paramref name="owner"/> names it in a message ("the condition of a veto").</summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, ExpressionPlace place, string owner)
    {
        var bound = Bind(syntax, place);
        Expect(bound, syntax, ValueType.Flag, owner, TypeNames.A(ValueType.Flag));
        return bound;
    }

    /// <summary>Binds a number expression; <paramref name="owner"/> names it in a message ("award 'bonus'").</summary>
    public BoundExpression BindNumber(ExpressionSyntax syntax, ExpressionPlace place, string owner)
    {
        var bound = Bind(syntax, place);
        Expect(bound, syntax, ValueType.Number, owner, TypeNames.A(ValueType.Number));
        return bound;
    }

    private BoundExpression Bind(ExpressionSyntax syntax, Scope scope) => syntax switch
    {
        NumberExpression number => new BoundNumberLiteral(number.Literal.Value, number.Span),
        StringExpression text => new BoundTextLiteral(text.Literal.Value, text.Span),
        BooleanExpression flag => new BoundFlagLiteral(flag.Value, flag.Span),
        NameExpression name => BindName(name, scope),
        CallExpression call => BindCall(call, scope),
        UnaryExpression unary => BindUnary(unary, scope),
        BinaryExpression binary => BindBinary(binary, scope),
        _ => throw new InvalidOperationException($"Unexpected expression {syntax.GetType().Name}."),
    };

    private BoundExpression BindName(NameExpression name, Scope scope)
    {
        switch (name.Name)
        {
            case "score":
                return Staged(new BoundScoreRef(null, name.Span), "score", StageRules.Score, scope);
            case "rank":
                return Staged(new BoundRankRef(table.MainRanking, name.Span), "rank", StageRules.Ranking, scope);
            case "group_size":
                return Staged(new BoundGroupSizeRef(table.MainRanking, name.Span), "group_size", StageRules.Ranking, scope);
            case "grade":
                if (table.Grades is null)
                {
                    diagnostics.Error(DiagnosticCode.NoGradesBlock, name.Span);
                    return new BoundErrorExpression(ValueType.Text, name.Span);
                }

                return Staged(new BoundGradeRef(name.Span), "grade", StageRules.Grade, scope);
            case "multiplier":
                return Staged(new BoundMultiplierRef(name.Span), "multiplier", StageRules.Payout, scope);
            case "period_start":
                return new BoundPeriodBoundary(false, name.Span);
            case "period_end":
                return new BoundPeriodBoundary(true, name.Span);
        }

        var declared = table.Lookup(name.Name);
        switch (declared?.Kind)
        {
            case NameKind.Input:
                return new BoundInputRef((InputSymbol)declared.Symbol!, name.Span);
            case NameKind.Metric:
                return new BoundMetricRef((MetricSymbol)declared.Symbol!, name.Span);
            case NameKind.Award:
                return Staged(new BoundAwardRef((AwardSymbol)declared.Symbol!, name.Span), name.Name, StageRules.Payout, scope);
        }

        var misuse = declared?.Kind switch
        {
            NameKind.Dimension => $"a dimension: read its score as score({name.Name})",
            NameKind.Levels => $"a levels block: read it as level({name.Name})",
            NameKind.GradeLine => $"a grade line: compare grade == \"{name.Name}\"",
            _ when table.LookupRanking(name.Name) is not null => $"a ranking: read it as rank({name.Name})",
            _ when table.IsProfile(name.Name) => "a profile, not a value",
            _ when BuiltinNames.IsFunction(name.Name) => $"a function: call it as {name.Name}(...)",
            _ => null,
        };
        if (misuse is null) table.ReportUnknown(diagnostics, name.Name, name.Span);
        else diagnostics.Error(DiagnosticCode.NotCallable, name.Span, name.Name, misuse);
        return new BoundErrorExpression(ValueType.Number, name.Span);
    }

    /// <summary>Reports a value read before its stage (spec 7); the value is kept so that its type still counts.</summary>
    private BoundExpression Staged(BoundExpression value, string text, Stage knownFrom, Scope scope)
    {
        if (!scope.StageFree && knownFrom > scope.Place.Stage)
        {
            diagnostics.Error(DiagnosticCode.TooEarly, value.Span, text, scope.Place.Description, StageRules.Word(knownFrom));
        }

        return value;
    }

    private BoundExpression BindUnary(UnaryExpression unary, Scope scope)
    {
        var operand = Bind(unary.Operand, scope);
        if (unary.Operator == UnaryOperator.Negate)
        {
            Expect(operand, unary.Operand, ValueType.Number, "'-'", TypeNames.A(ValueType.Number));
            return new BoundUnary(BoundUnaryOperator.Negate, operand, ValueType.Number, unary.Span);
        }

        Expect(operand, unary.Operand, ValueType.Flag, "'not'", TypeNames.A(ValueType.Flag));
        return new BoundUnary(BoundUnaryOperator.Not, operand, ValueType.Flag, unary.Span);
    }

    private BoundExpression BindBinary(BinaryExpression binary, Scope scope)
    {
        var left = Bind(binary.Left, scope);
        var right = Bind(binary.Right, scope);
        var symbol = "'" + ExpressionText.Symbol(binary.Operator) + "'";
        var op = binary.Operator switch
        {
            BinaryOperator.Or => BoundBinaryOperator.Or,
            BinaryOperator.And => BoundBinaryOperator.And,
            BinaryOperator.Equal => BoundBinaryOperator.Equal,
            BinaryOperator.NotEqual => BoundBinaryOperator.NotEqual,
            BinaryOperator.Less => BoundBinaryOperator.Less,
            BinaryOperator.LessOrEqual => BoundBinaryOperator.LessOrEqual,
            BinaryOperator.Greater => BoundBinaryOperator.Greater,
            BinaryOperator.GreaterOrEqual => BoundBinaryOperator.GreaterOrEqual,
            BinaryOperator.Add => BoundBinaryOperator.Add,
            BinaryOperator.Subtract => BoundBinaryOperator.Subtract,
            BinaryOperator.Multiply => BoundBinaryOperator.Multiply,
            _ => BoundBinaryOperator.Divide,
        };
        switch (binary.Operator)
        {
            case BinaryOperator.Or or BinaryOperator.And:
                Expect(left, binary.Left, ValueType.Flag, symbol, "flags");
                Expect(right, binary.Right, ValueType.Flag, symbol, "flags");
                return new BoundBinary(op, left, right, ValueType.Flag, binary.Span);
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide:
                Expect(left, binary.Left, ValueType.Number, symbol, "numbers");
                Expect(right, binary.Right, ValueType.Number, symbol, "numbers");
                return new BoundBinary(op, left, right, ValueType.Number, binary.Span);
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (!IsError(left) && !IsError(right) && left.Type != right.Type)
                {
                    diagnostics.Error(DiagnosticCode.IncompatibleTypes, binary.OperatorSpan, symbol, TypeNames.A(left.Type), TypeNames.A(right.Type));
                }

                return new BoundBinary(op, left, right, ValueType.Flag, binary.Span);
            default:
                // Order comparisons take two numbers or two dates.
                var leftOk = ExpectOrdered(left, binary.Left, symbol);
                var rightOk = ExpectOrdered(right, binary.Right, symbol);
                if (leftOk && rightOk && !IsError(left) && !IsError(right) && left.Type != right.Type)
                {
                    diagnostics.Error(DiagnosticCode.IncompatibleTypes, binary.OperatorSpan, symbol, TypeNames.A(left.Type), TypeNames.A(right.Type));
                }

                return new BoundBinary(op, left, right, ValueType.Flag, binary.Span);
        }
    }

    private bool ExpectOrdered(BoundExpression bound, ExpressionSyntax syntax, string owner)
    {
        if (IsError(bound) || bound.Type is ValueType.Number or ValueType.Date) return true;
        diagnostics.Error(DiagnosticCode.TypeMismatch, syntax.Span, owner, "numbers or dates", ExpressionText.Quoted(syntax), TypeNames.A(bound.Type));
        return false;
    }

    /// <summary>Reports <paramref name="bound"/> when it is not of <paramref name="type"/>: "'+' needs numbers, but 'team' is text".</summary>
    private bool Expect(BoundExpression bound, ExpressionSyntax syntax, ValueType type, string owner, string needs)
    {
        if (IsError(bound) || bound.Type == type) return true;
        diagnostics.Error(DiagnosticCode.TypeMismatch, syntax.Span, owner, needs, ExpressionText.Quoted(syntax), TypeNames.A(bound.Type));
        return false;
    }

    private static bool IsError(BoundExpression bound) => bound is BoundErrorExpression;
}
