using System.Collections.Immutable;

namespace PerfRules.Diagnostics;

/// <summary>Collects diagnostics while a stage runs; hands them back in position order.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(string? source) => Source = source;

    public string? Source { get; }

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Error(DiagnosticCode code, SourceSpan span, params object?[] args) =>
        Add(Diagnostic.Create(code, Source, span, args));

    public void Warn(DiagnosticCode code, SourceSpan span, params object?[] args) =>
        Add(Diagnostic.Warning(code, Source, span, args));

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>All diagnostics ordered by line, then column, then code; the sort is stable for equal positions.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code)];
}
