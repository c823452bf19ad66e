using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Runtime;

namespace PerfRules.Data;

/// <summary>
/// Data read for a plan: one immutable snapshot per plan period that has scored rows, in period order, and every
/// problem found in the data. A row with an error is in no snapshot; its errors say why.
/// </summary>
public sealed class Roster
{
    private readonly Dictionary<PerfPeriod, PeriodSnapshot> _byPeriod;

    internal Roster(InputTable inputs, string? sourceName, ImmutableArray<PeriodSnapshot> periods, ImmutableArray<Diagnostic> diagnostics)
    {
        Inputs = inputs;
        SourceName = sourceName;
        Periods = periods;
        Diagnostics = diagnostics;
        _byPeriod = new Dictionary<PerfPeriod, PeriodSnapshot>(periods.Length);
        foreach (var snapshot in periods) _byPeriod.Add(snapshot.Period, snapshot);
        foreach (var diagnostic in diagnostics) HasErrors |= diagnostic.IsError;
    }

    /// <summary>The cadence and inputs the data was read for: its snapshots hold one column per input, in this order.</summary>
    internal InputTable Inputs { get; }

    /// <summary>The name diagnostics give as the data's file, such as <c>roster.csv</c>.</summary>
    public string? SourceName { get; }

    /// <summary>The snapshots, one per plan period with at least one scored row, earliest first.</summary>
    public ImmutableArray<PeriodSnapshot> Periods { get; }

    /// <summary>Errors and warnings about the data, in position order (line, then column).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (some row, or the whole data, could not be used).</summary>
    public bool HasErrors { get; }

    /// <summary>The snapshot of a plan period, or null when the data has no scored row for it.</summary>
    public PeriodSnapshot? Find(PerfPeriod period) => _byPeriod.GetValueOrDefault(period);
}
