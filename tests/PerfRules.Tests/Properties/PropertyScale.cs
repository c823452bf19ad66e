using System.Globalization;
using FsCheck.Xunit;

namespace PerfRules.Tests.Properties;

/// <summary>
/// How many cases the properties run. CI runs the counts written on each property; setting the environment variable
/// <c>PERFRULES_PROPERTY_SCALE</c> to a whole number multiplies every count by it, for the long run that
/// docs/testing.md describes (<c>PERFRULES_PROPERTY_SCALE=10 dotnet test --filter FullyQualifiedName~Properties</c>).
/// </summary>
internal static class PropertyScale
{
    public const string Variable = "PERFRULES_PROPERTY_SCALE";

    public static int Factor { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? factor
            : 1;

    public static int Cases(int count) => checked(count * Factor);
}

/// <summary>
/// An FsCheck property over the generators of <see cref="Generators"/>, running <c>cases</c> cases times
/// <see cref="PropertyScale.Factor"/>. On failure FsCheck prints the seed, and <c>Replay = "seed,gamma"</c> on the
/// attribute runs the failing case again (docs/testing.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <param name="cases">The number of cases in CI.</param>
    public ScaledPropertyAttribute(int cases)
    {
        MaxTest = PropertyScale.Cases(cases);
        Arbitrary = [typeof(Generators)];
    }
}
