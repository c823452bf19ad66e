using PerfRules.Diagnostics;

namespace PerfRules.Syntax.Ast;

/// <summary>Every node of the syntax tree knows the text it came from, so that any later check can point at it.</summary>
internal abstract record SyntaxNode(SourceSpan Span);

/// <summary>A name as written.</summary>
internal sealed record Identifier(string Name, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Name;
}

/// <summary>
/// A number as written: <c>1_500_000</c>, <c>0.95</c>, <c>95%</c> (Value 0.95, IsPercent true).
/// A leading minus is kept in <see cref="Value"/> where the grammar allows one (curve thresholds).
/// </summary>
internal sealed record NumberLiteral(decimal Value, bool IsPercent, string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A double-quoted string with its escapes resolved.</summary>
internal sealed record StringLiteral(string Value, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// The whole file: its declarations in source order. <paramref name="BrokenNames"/> are the names of declarations
/// the parser had to leave out after reporting them, so that later checks do not call them unknown.
/// </summary>
internal sealed record PlanSyntax(ImmutableArray<DeclarationSyntax> Declarations, SourceSpan Span, ImmutableHashSet<string> BrokenNames)
    : SyntaxNode(Span)
{
    public PlanSyntax(ImmutableArray<DeclarationSyntax> declarations, SourceSpan span)
        : this(declarations, span, ImmutableHashSet<string>.Empty)
    {
    }
}
