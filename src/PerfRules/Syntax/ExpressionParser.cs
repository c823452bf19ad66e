using System.Runtime.CompilerServices;
using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;
using Superpower;
using Superpower.Model;
using static PerfRules.Syntax.TokenParsers;

namespace PerfRules.Syntax;

/// <summary>
/// The expression ladder, loosest first: <c>or</c>; <c>and</c>; <c>not</c>; one comparison (never chained);
/// <c>+ -</c>; <c>* /</c>; unary <c>-</c>; then literals, names, calls and parentheses. Binary levels loop
/// rather than recurse (<see cref="LeftAssociative"/>), so a long <c>a + a + ...</c> is safe; everything that does
/// recurse (parentheses, calls, prefix operators) passes <see cref="Enter"/>, which stops at
/// <see cref="ParseState.MaxNesting"/> levels.
/// </summary>
internal sealed class ExpressionParser
{
    private const string AnExpression = "an expression";
    private readonly ParseState _state;
    private readonly TokenListParser<PerfToken, ExpressionSyntax> _additive;

    // Parsers used inside the hand-written rules below, built once rather than on every use.
    private readonly TokenListParser<PerfToken, ExpressionSyntax> _insideParentheses;
    private readonly TokenListParser<PerfToken, Token<PerfToken>> _closeParenthesis;
    private readonly TokenListParser<PerfToken, ExpressionSyntax> _firstArgument;
    private readonly TokenListParser<PerfToken, ExpressionSyntax> _nextArgument;
    private readonly TokenListParser<PerfToken, Identifier?> _byClause;
    private readonly TokenListParser<PerfToken, ExpressionSyntax?> _whereClause;
    private readonly Dictionary<string, TokenListParser<PerfToken, Token<PerfToken>>> _closeCall;

    public ExpressionParser(ParseState state)
    {
        _state = state;
        var multiplicative = LeftAssociative(Unary, PerfToken.Star, PerfToken.Slash);
        _additive = LeftAssociative(multiplicative, PerfToken.Plus, PerfToken.Minus);
        var and = LeftAssociative(Not, PerfToken.And, PerfToken.And);
        Expression = LeftAssociative(and, PerfToken.Or, PerfToken.Or);

        _insideParentheses = Expression.Named(AnExpression + " after `(`");
        _closeParenthesis = Expect(PerfToken.RightParen, "`)`");
        _firstArgument = Expression.Named(FirstArgumentOrClose);
        _nextArgument = Expression.Named("an argument after `,`");
        _byClause = OptionalAfter(PerfToken.By, Name(state, "a text input's name after `by`"));
        _whereClause = OptionalAfter(PerfToken.Where, Expression.Named("a condition after `where`"));
        _closeCall = new[] { AggregateClose, AggregateCloseAfterBy, "`)`", FirstArgumentOrClose, "`,` or `)`" }
            .ToDictionary(e => e, e => Expect(PerfToken.RightParen, e));
    }

    private const string FirstArgumentOrClose = "an argument or `)`";
    private const string AggregateClose = "`,`, `by`, `where` or `)`";
    private const string AggregateCloseAfterBy = "`where` or `)`";

    /// <summary>A whole expression.</summary>
    public TokenListParser<PerfToken, ExpressionSyntax> Expression { get; }

    /// <summary>
    /// <c>operand (op operand)*</c> with either of two operators, built into a left-leaning tree by a loop. (Superpower's
    /// <c>Parse.Chain</c> loops too, but allocates a closure per operator; this is the hot path of a large plan.)
    /// </summary>
    private static TokenListParser<PerfToken, ExpressionSyntax> LeftAssociative(
        TokenListParser<PerfToken, ExpressionSyntax> operand, PerfToken first, PerfToken second) => input =>
    {
        var left = operand(input);
        if (!left.HasValue) return left;
        var tree = left.Value;
        var remainder = left.Remainder;
        while (true)
        {
            var op = remainder.ConsumeToken();
            if (!op.HasValue || (op.Value.Kind != first && op.Value.Kind != second))
                return TokenListParserResult.Value(tree, input, remainder);

            var right = operand(op.Remainder);
            if (!right.HasValue)
            {
                return right.Remainder == op.Remainder
                    ? TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(op.Remainder, [$"an expression after `{op.Value.ToStringValue()}`"])
                    : right;
            }

            tree = MakeBinary(op.Value, tree, right.Value);
            remainder = right.Remainder;
        }
    };

    private static ExpressionSyntax MakeBinary(Token<PerfToken> op, ExpressionSyntax left, ExpressionSyntax right) =>
        new BinaryExpression(ToBinary(op.Kind), left, right, SpanOf(op), left.Span.Through(right.Span));

    private static BinaryOperator ToBinary(PerfToken kind) => kind switch
    {
        PerfToken.Or => BinaryOperator.Or,
        PerfToken.And => BinaryOperator.And,
        PerfToken.Equal => BinaryOperator.Equal,
        PerfToken.NotEqual => BinaryOperator.NotEqual,
        PerfToken.Less => BinaryOperator.Less,
        PerfToken.LessOrEqual => BinaryOperator.LessOrEqual,
        PerfToken.Greater => BinaryOperator.Greater,
        PerfToken.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        PerfToken.Plus => BinaryOperator.Add,
        PerfToken.Minus => BinaryOperator.Subtract,
        PerfToken.Star => BinaryOperator.Multiply,
        PerfToken.Slash => BinaryOperator.Divide,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a binary operator"),
    };

    private static bool IsComparison(PerfToken kind) => kind is PerfToken.Equal or PerfToken.NotEqual or PerfToken.Less
        or PerfToken.LessOrEqual or PerfToken.Greater or PerfToken.GreaterOrEqual;

    /// <summary>
    /// Opens one nesting level at <paramref name="token"/>, or refuses when the limit (or the thread's stack) is
    /// reached; the refusal is remembered so that the error says "nested too deep" rather than what was expected.
    /// </summary>
    private bool Enter(Token<PerfToken> token)
    {
        if (_state.Depth >= ParseState.MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _state.RefuseNesting(token);
            return false;
        }

        _state.Depth++;
        return true;
    }

    private static TokenListParserResult<PerfToken, ExpressionSyntax> TooDeep(TokenList<PerfToken> at) =>
        TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(at, "expression nested too deep");

    private TokenListParserResult<PerfToken, ExpressionSyntax> Not(TokenList<PerfToken> input)
    {
        var next = input.ConsumeToken();
        if (!next.HasValue || next.Value.Kind != PerfToken.Not) return Comparison(input);
        if (!Enter(next.Value)) return TooDeep(input);
        var operand = Not(next.Remainder);
        _state.Depth--;
        if (!operand.HasValue) return operand;
        var expression = new UnaryExpression(UnaryOperator.Not, operand.Value, SpanOf(next.Value).Through(operand.Value.Span));
        return TokenListParserResult.Value<PerfToken, ExpressionSyntax>(expression, input, operand.Remainder);
    }

    private TokenListParserResult<PerfToken, ExpressionSyntax> Comparison(TokenList<PerfToken> input)
    {
        var left = _additive(input);
        if (!left.HasValue) return left;
        var op = left.Remainder.ConsumeToken();
        if (!op.HasValue || !IsComparison(op.Value.Kind)) return left;

        var right = _additive(op.Remainder);
        if (!right.HasValue)
        {
            return right.Remainder == op.Remainder
                ? TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(op.Remainder, [$"an expression after `{op.Value.ToStringValue()}`"])
                : right;
        }

        var comparison = MakeBinary(op.Value, left.Value, right.Value);

        var after = right.Remainder.ConsumeToken();
        if (after.HasValue && IsComparison(after.Value.Kind))
        {
            return TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(right.Remainder,
                $"expected `and` or `or` between two comparisons, found `{after.Value.ToStringValue()}`: comparisons do not chain");
        }

        return TokenListParserResult.Value(comparison, input, right.Remainder);
    }

    private TokenListParserResult<PerfToken, ExpressionSyntax> Unary(TokenList<PerfToken> input)
    {
        var next = input.ConsumeToken();
        if (!next.HasValue || next.Value.Kind != PerfToken.Minus) return Primary(input);
        if (!Enter(next.Value)) return TooDeep(input);
        var operand = Unary(next.Remainder);
        _state.Depth--;
        if (!operand.HasValue) return operand;
        var expression = new UnaryExpression(UnaryOperator.Negate, operand.Value, SpanOf(next.Value).Through(operand.Value.Span));
        return TokenListParserResult.Value<PerfToken, ExpressionSyntax>(expression, input, operand.Remainder);
    }

    private TokenListParserResult<PerfToken, ExpressionSyntax> Primary(TokenList<PerfToken> input)
    {
        var next = input.ConsumeToken();
        if (!next.HasValue) return TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(input, [AnExpression]);
        var token = next.Value;
        var span = SpanOf(token);
        ExpressionSyntax? simple = token.Kind switch
        {
            PerfToken.NumberLiteral => new NumberExpression(ToLiteral(token)),
            PerfToken.StringLiteral => new StringExpression(new StringLiteral(StringText.ValueOf(token.ToStringValue()), span)),
            PerfToken.True => new BooleanExpression(true, span),
            PerfToken.False => new BooleanExpression(false, span),
            _ => null,
        };
        if (simple is not null) return TokenListParserResult.Value(simple, input, next.Remainder);

        if (token.Kind == PerfToken.LeftParen) return Parenthesized(input, token, next.Remainder);

        var isName = token.Kind == PerfToken.Identifier;
        var isFunction = isName || Keywords.Functions.Contains(token.Kind);
        if (!isFunction && !Keywords.BuiltInValues.Contains(token.Kind))
            return TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(input, [AnExpression]);

        var afterName = next.Remainder.ConsumeToken();
        if (isFunction && afterName.HasValue && afterName.Value.Kind == PerfToken.LeftParen)
            return Call(input, token, afterName.Value, afterName.Remainder);

        if (isName || Keywords.BuiltInValues.Contains(token.Kind))
            return TokenListParserResult.Value<PerfToken, ExpressionSyntax>(new NameExpression(token.ToStringValue(), span), input, next.Remainder);

        return TokenListParserResult.Empty<PerfToken, ExpressionSyntax>(next.Remainder, [$"`(` after `{token.ToStringValue()}`"]);
    }

    private TokenListParserResult<PerfToken, ExpressionSyntax> Parenthesized(TokenList<PerfToken> input, Token<PerfToken> open, TokenList<PerfToken> inside)
    {
        if (!Enter(open)) return TooDeep(input);
        var inner = _insideParentheses(inside);
        _state.Depth--;
        if (!inner.HasValue) return inner;

        var close = _closeParenthesis(inner.Remainder);
        if (!close.HasValue) return TokenListParserResult.CastEmpty<PerfToken, Token<PerfToken>, ExpressionSyntax>(close);

        // The parentheses belong to the span of what they enclose, so that every span covers its whole text.
        var grouped = inner.Value with { Span = SpanOf(open).Through(SpanOf(close.Value)) };
        return TokenListParserResult.Value(grouped, input, close.Remainder);
    }

    private TokenListParserResult<PerfToken, ExpressionSyntax> Call(
        TokenList<PerfToken> input, Token<PerfToken> name, Token<PerfToken> open, TokenList<PerfToken> inside)
    {
        if (!Enter(open)) return TooDeep(input.ConsumeToken().Remainder);
        var arguments = CallArguments(name, inside);
        _state.Depth--;
        if (!arguments.HasValue) return TokenListParserResult.CastEmpty<PerfToken, CallArguments, ExpressionSyntax>(arguments);

        var (list, by, where, close) = arguments.Value;
        var function = new Identifier(name.ToStringValue(), SpanOf(name));
        var call = new CallExpression(function, list, by, where, function.Span.Through(SpanOf(close)));
        return TokenListParserResult.Value<PerfToken, ExpressionSyntax>(call, input, arguments.Remainder);
    }

    private TokenListParserResult<PerfToken, CallArguments> CallArguments(Token<PerfToken> name, TokenList<PerfToken> input)
    {
        var aggregate = Keywords.Aggregates.Contains(name.Kind);
        var arguments = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        var remainder = input;
        var next = remainder.ConsumeToken();
        if (!next.HasValue || next.Value.Kind != PerfToken.RightParen)
        {
            while (true)
            {
                var argument = (arguments.Count == 0 ? _firstArgument : _nextArgument)(remainder);
                if (!argument.HasValue) return TokenListParserResult.CastEmpty<PerfToken, ExpressionSyntax, CallArguments>(argument);
                arguments.Add(argument.Value);
                remainder = argument.Remainder;
                var comma = remainder.ConsumeToken();
                if (!comma.HasValue || comma.Value.Kind != PerfToken.Comma) break;
                remainder = comma.Remainder;
            }
        }

        Identifier? by = null;
        ExpressionSyntax? where = null;
        if (aggregate)
        {
            var byClause = _byClause(remainder);
            if (!byClause.HasValue) return TokenListParserResult.CastEmpty<PerfToken, Identifier?, CallArguments>(byClause);
            (by, remainder) = (byClause.Value, byClause.Remainder);

            var whereClause = _whereClause(remainder);
            if (!whereClause.HasValue) return TokenListParserResult.CastEmpty<PerfToken, ExpressionSyntax?, CallArguments>(whereClause);
            (where, remainder) = (whereClause.Value, whereClause.Remainder);
        }

        var expected = aggregate
            ? (by, where) switch
            {
                (null, null) => AggregateClose,
                (_, null) => AggregateCloseAfterBy,
                _ => "`)`",
            }
            : arguments.Count == 0 ? FirstArgumentOrClose : "`,` or `)`";
        var close = _closeCall[expected](remainder);
        if (!close.HasValue) return TokenListParserResult.CastEmpty<PerfToken, Token<PerfToken>, CallArguments>(close);
        return TokenListParserResult.Value(new CallArguments(arguments.ToImmutable(), by, where, close.Value), input, close.Remainder);
    }
}

/// <summary>What is written between a call's parentheses.</summary>
internal sealed record CallArguments(
    ImmutableArray<ExpressionSyntax> Arguments, Identifier? By, ExpressionSyntax? Where, Token<PerfToken> Close);
