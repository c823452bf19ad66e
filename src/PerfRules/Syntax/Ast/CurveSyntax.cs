using PerfRules.Diagnostics;

namespace PerfRules.Syntax.Ast;

/// <summary>How a KPI turns its metric into a score from 0 to 100.</summary>
internal abstract record CurveSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>linear from A to B</c>.</summary>
internal sealed record LinearCurveSyntax(NumberLiteral From, NumberLiteral To, SourceSpan Span) : CurveSyntax(Span);

/// <summary><c>ladder [prorated] { line NAME at V pays P ... }</c>.</summary>
internal sealed record LadderCurveSyntax(bool Prorated, ImmutableArray<LadderLineSyntax> Lines, SourceSpan Span) : CurveSyntax(Span);

/// <summary><c>line NAME at V pays P</c>.</summary>
internal sealed record LadderLineSyntax(Identifier Name, NumberLiteral At, NumberLiteral Pays, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>bands { at V scores P ... otherwise P0 }</c>.</summary>
internal sealed record BandsCurveSyntax(ImmutableArray<BandSyntax> Bands, NumberLiteral Otherwise, SourceSpan Span) : CurveSyntax(Span);

/// <summary><c>at V scores P</c>.</summary>
internal sealed record BandSyntax(NumberLiteral At, NumberLiteral Scores, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>score = EXPR</c>.</summary>
internal sealed record ScoreCurveSyntax(ExpressionSyntax Expression, SourceSpan Span) : CurveSyntax(Span);
