using PerfRules.Syntax.Ast;

namespace PerfRules.Syntax;

/// <summary>
/// Measures how deep a declaration's expressions are as trees, without recursion. Long operator chains
/// (<c>a + a + ... + a</c>) parse iteratively but make a deep tree, and every later pass walks trees recursively; a
/// limit here means no plan text can overflow the stack anywhere in the pipeline.
/// </summary>
internal static class ExpressionDepth
{
    /// <summary>How deep an expression tree may be: far beyond any real plan, well within every pass's stack.</summary>
    public const int MaxDepth = 1000;

    /// <summary>The first expression of the declaration deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static ExpressionSyntax? FindTooDeep(DeclarationSyntax declaration)
    {
        foreach (var root in Roots(declaration))
            if (Depth(root) > MaxDepth) return root;
        return null;
    }

    private static int Depth(ExpressionSyntax root)
    {
        var deepest = 0;
        var stack = new Stack<(ExpressionSyntax Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in Children(node)) stack.Push((child, depth + 1));
        }

        return deepest;
    }

    private static IEnumerable<ExpressionSyntax> Children(ExpressionSyntax node) => node switch
    {
        UnaryExpression u => [u.Operand],
        BinaryExpression b => [b.Left, b.Right],
        CallExpression c => c.Where is { } where ? c.Arguments.Add(where) : c.Arguments,
        _ => [],
    };

    private static IEnumerable<ExpressionSyntax> Roots(DeclarationSyntax declaration) => declaration switch
    {
        MetricDeclaration m => [m.Expression],
        DimensionDeclaration d => CurveRoots(d),
        VetoDeclaration v => [v.Condition],
        RankDeclaration r => r.Keys.Select(k => k.Key),
        GradesDeclaration g => g.Lines.Where(l => l.When is not null).Select(l => l.When!),
        LevelsDeclaration l => l.Lines.Where(line => line.When is not null).Select(line => line.When!),
        PayoutDeclaration p => p.Lines.SelectMany(PayoutRoots),
        FlagDeclaration f => [f.Condition],
        ProfileDeclaration p => p.Dimensions.SelectMany(CurveRoots).Prepend(p.Condition),
        AwardDeclaration a => [a.Expression],
        _ => [],
    };

    private static IEnumerable<ExpressionSyntax> CurveRoots(DimensionDeclaration dimension) =>
        dimension.Kpis.Select(k => k.Curve).OfType<ScoreCurveSyntax>().Select(c => c.Expression);

    private static IEnumerable<ExpressionSyntax> PayoutRoots(PayoutLineSyntax line) => line switch
    {
        RequireLineSyntax r => [r.Condition],
        MultiplierLineSyntax m => m.When is { } when ? [m.Value, when] : [m.Value],
        _ => [],
    };
}
