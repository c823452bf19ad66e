using NodaTime;

namespace PerfRules.Periods;

/// <summary>Placeholder shape; the full type (parsing, ordering, containment) is written in its own change.</summary>
public readonly record struct PerfPeriod(Cadence Cadence, LocalDate Start);
