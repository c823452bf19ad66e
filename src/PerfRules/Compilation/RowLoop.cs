using System.Linq.Expressions;
using PerfRules.Runtime;
using Expr = System.Linq.Expressions.Expression;

namespace PerfRules.Compilation;

/// <summary>
/// Generated code over a range of rows, <c>(frame, start, end) =&gt; { before; for (row = start; row &lt; end; row++)
/// { one row } }</c>: one call per range rather than one per row, and whatever <c>before</c> loads is loaded once.
/// The compiler's row parameter is the loop's variable, so code compiled for one row reads the loop's row.
/// </summary>
internal static class RowLoop
{
    public static Action<PeriodFrame, int, int> Compile(
        ExpressionCompiler compiler, Expr oneRow, string name, IEnumerable<ParameterExpression> locals, IEnumerable<Expr> before) =>
        Compile<Action<PeriodFrame, int, int>>(compiler, oneRow, name, locals, before);

    /// <summary>The same, with <paramref name="extra"/> parameters after <c>end</c> that <c>before</c> may read.</summary>
    public static TDelegate Compile<TDelegate>(
        ExpressionCompiler compiler, Expr oneRow, string name, IEnumerable<ParameterExpression> locals, IEnumerable<Expr> before, params ParameterExpression[] extra)
        where TDelegate : Delegate
    {
        var (row, start, end) = (compiler.Row, Expr.Parameter(typeof(int), "start"), Expr.Parameter(typeof(int), "end"));
        var done = Expr.Label("done");
        var loop = Expr.Loop(
            Expr.IfThenElse(
                Expr.LessThan(row, end),
                Expr.Block(oneRow, Expr.PreIncrementAssign(row)),
                Expr.Break(done)),
            done);
        var body = Expr.Block([.. locals, row], [.. before, Expr.Assign(row, start), loop]);
        return TreeCompiler.Compile(Expr.Lambda<TDelegate>(body, name, [compiler.Frame, start, end, .. extra]));
    }
}
