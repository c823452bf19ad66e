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
        Compile(compiler, oneRow, name, locals, _ => before);

    /// <summary>The same, with code before the loop that may read the number of rows in the range (<c>end - start</c>).</summary>
    public static Action<PeriodFrame, int, int> Compile(
        ExpressionCompiler compiler, Expr oneRow, string name, IEnumerable<ParameterExpression> locals, Func<Expr, IEnumerable<Expr>> before)
    {
        var (row, start, end) = (compiler.Row, Expr.Parameter(typeof(int), "start"), Expr.Parameter(typeof(int), "end"));
        var done = Expr.Label("done");
        var loop = Expr.Loop(
            Expr.IfThenElse(
                Expr.LessThan(row, end),
                Expr.Block(oneRow, Expr.PreIncrementAssign(row)),
                Expr.Break(done)),
            done);
        var body = Expr.Block([.. locals, row], [.. before(Expr.Subtract(end, start)), Expr.Assign(row, start), loop]);
        return TreeCompiler.Compile(Expr.Lambda<Action<PeriodFrame, int, int>>(body, name, [compiler.Frame, start, end]));
    }
}
