using System.Linq.Expressions;

namespace PerfRules.Compilation;

/// <summary>
/// Where every expression tree of a plan becomes a delegate. A test may see each tree first (to check what a plan can
/// call) or have the trees interpreted instead of compiled (far cheaper for thousands of generated plans, and the same
/// results); both settings belong to the calling thread, on which a plan is compiled.
/// </summary>
internal static class TreeCompiler
{
    [ThreadStatic] private static Action<LambdaExpression>? t_observer;
    [ThreadStatic] private static bool t_interpret;

    public static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate => (TDelegate)Compile((LambdaExpression)lambda);

    public static Delegate Compile(LambdaExpression lambda)
    {
        t_observer?.Invoke(lambda);
        return lambda.Compile(preferInterpretation: t_interpret);
    }

    /// <summary>
    /// A delegate that compiles the tree on its first call. The tree is shown to this thread's observer now, and is
    /// interpreted later if this thread asks for that now.
    /// </summary>
    public static Func<Runtime.PeriodFrame, int, object?> CompileOnFirstCall(Expression<Func<Runtime.PeriodFrame, int, object?>> lambda)
    {
        var compiled = CompileLater(lambda);
        return (frame, row) => compiled.Value(frame, row);
    }

    /// <summary>
    /// The delegate of a tree that is rarely needed (code that only runs where faster code threw), compiled when first
    /// asked for. The tree is shown to this thread's observer now, and is interpreted later if this thread asks for that now.
    /// </summary>
    public static Lazy<TDelegate> CompileLater<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        t_observer?.Invoke(lambda);
        var interpret = t_interpret;
        return new Lazy<TDelegate>(() => lambda.Compile(preferInterpretation: interpret));
    }

    /// <summary>Until the result is disposed, this thread's trees go to <paramref name="observer"/> and are interpreted if asked.</summary>
    public static IDisposable Watch(Action<LambdaExpression>? observer, bool interpret = false)
    {
        var previous = (t_observer, t_interpret);
        (t_observer, t_interpret) = (observer, interpret);
        return new Restore(previous);
    }

    /// <summary>
    /// Wraps a compilation that runs later (perhaps on another thread) so that it uses the settings of the thread that
    /// asked for it now: a plan compiled under <see cref="Watch"/> is watched when its code is generated on first use.
    /// </summary>
    public static Func<T> KeepingSettings<T>(Func<T> compile)
    {
        var settings = (t_observer, t_interpret);
        if (settings is (null, false)) return compile;
        return () =>
        {
            var previous = (t_observer, t_interpret);
            (t_observer, t_interpret) = settings;
            try { return compile(); }
            finally { (t_observer, t_interpret) = previous; }
        };
    }

    private sealed class Restore((Action<LambdaExpression>?, bool) previous) : IDisposable
    {
        public void Dispose() => (t_observer, t_interpret) = previous;
    }
}
