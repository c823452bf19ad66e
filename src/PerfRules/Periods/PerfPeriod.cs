using NodaTime;

namespace PerfRules.Periods;

/// <summary>Placeholder shape; the full type (parsing, ordering, containment) is written in its own change.</summary>
public readonly record struct PerfPeriod(Cadence Cadence, LocalDate Start)
{
    /// <summary>Last day.</summary>
    public LocalDate End => Start;

    /// <summary>Ordinal.</summary>
    public int Ordinal => 0;

    /// <summary>Previous.</summary>
    public PerfPeriod Previous(int count = 1) => this;
}
