using PerfRules.Diagnostics;

namespace PerfRules.Syntax.Ast;

/// <summary>A top-level declaration.</summary>
internal abstract record DeclarationSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>plan "NAME"</c>.</summary>
internal sealed record PlanNameDeclaration(StringLiteral Name, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>period month|quarter|year|week</c>.</summary>
internal sealed record PeriodDeclaration(Identifier Cadence, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>input NAME TYPE [ROLLUP] [optional]</c>.</summary>
internal sealed record InputDeclaration(Identifier Name, Identifier Type, Identifier? Rollup, bool Optional, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>metric NAME = EXPR</c>.</summary>
internal sealed record MetricDeclaration(Identifier Name, ExpressionSyntax Expression, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>dimension NAME weight PCT { KPI... }</c>.</summary>
internal sealed record DimensionDeclaration(Identifier Name, NumberLiteral Weight, ImmutableArray<KpiSyntax> Kpis, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>kpi METRIC weight PCT CURVE [missing skip]</c>.</summary>
internal sealed record KpiSyntax(Identifier Metric, NumberLiteral Weight, CurveSyntax Curve, bool SkipWhenMissing, SourceSpan Span)
    : SyntaxNode(Span);

/// <summary><c>veto COND [grade NAME] "REASON"</c>.</summary>
internal sealed record VetoDeclaration(ExpressionSyntax Condition, Identifier? Grade, StringLiteral Reason, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>rank [NAME] by KEY [asc|desc], ... [within NAME]</c>; <paramref name="Name"/> is null for the main ranking.</summary>
internal sealed record RankDeclaration(Identifier? Name, ImmutableArray<RankKeySyntax> Keys, Identifier? Within, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary>One rank key; <paramref name="Descending"/> is true unless <c>asc</c> is written.</summary>
internal sealed record RankKeySyntax(ExpressionSyntax Key, bool Descending, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>grades { LINE... }</c>.</summary>
internal sealed record GradesDeclaration(ImmutableArray<ClassLineSyntax> Lines, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>levels NAME { LINE... }</c> (version 1.1).</summary>
internal sealed record LevelsDeclaration(Identifier Name, ImmutableArray<ClassLineSyntax> Lines, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>A grade or level line: <c>NAME [top PCT] [at SCORE] [when COND]</c>.</summary>
internal sealed record ClassLineSyntax(Identifier Name, NumberLiteral? Top, NumberLiteral? At, ExpressionSyntax? When, SourceSpan Span)
    : SyntaxNode(Span)
{
    public bool IsCatchAll => Top is null && At is null && When is null;
}

/// <summary><c>payout { require ... multiplier ... }</c>.</summary>
internal sealed record PayoutDeclaration(ImmutableArray<PayoutLineSyntax> Lines, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>A line of the payout block.</summary>
internal abstract record PayoutLineSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>require COND "REASON"</c>.</summary>
internal sealed record RequireLineSyntax(ExpressionSyntax Condition, StringLiteral Reason, SourceSpan Span) : PayoutLineSyntax(Span);

/// <summary><c>multiplier M [when COND]</c>.</summary>
internal sealed record MultiplierLineSyntax(ExpressionSyntax Value, ExpressionSyntax? When, SourceSpan Span) : PayoutLineSyntax(Span);

/// <summary><c>flag NAME when COND "MESSAGE"</c>.</summary>
internal sealed record FlagDeclaration(Identifier Name, ExpressionSyntax Condition, StringLiteral Message, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>profile NAME when COND { DIMENSION... }</c> (version 1.1).</summary>
internal sealed record ProfileDeclaration(Identifier Name, ExpressionSyntax Condition, ImmutableArray<DimensionDeclaration> Dimensions, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>award NAME = EXPR "LABEL"</c> (version 1.1).</summary>
internal sealed record AwardDeclaration(Identifier Name, ExpressionSyntax Expression, StringLiteral Label, SourceSpan Span)
    : DeclarationSyntax(Span);
