using System.Runtime.CompilerServices;

namespace PerfRules.Runtime;

/// <summary>
/// The number operations of <see cref="Arithmetic"/> for code that runs a whole range of rows inside one handler: the
/// same results, except that an overflow throws instead of giving missing. The handler then works the range out again
/// through <see cref="Arithmetic"/>, so an overflow still makes only its own value missing (spec section 5). Without a
/// handler of their own these are small enough to be inlined, and a missing operand costs a test, not a call.
/// </summary>
internal static class ThrowingArithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal? Add(decimal? a, decimal? b) => a is { } x && b is { } y ? x + y : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal? Subtract(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal? Multiply(decimal? a, decimal? b) => a is { } x && b is { } y ? x * y : null;

    /// <summary>a / b; missing where b is 0, as <see cref="Arithmetic.Divide"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal? Divide(decimal? a, decimal? b) => a is { } x && b is { } y && y != 0m ? x / y : null;
}
