using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace PerfRules.Diagnostics;

/// <summary>
/// One problem found in a plan or in data: a stable code, a severity, where it is, and a message
/// that names the thing at fault. <see cref="ToString"/> gives the form editors and CI parse:
/// <c>acme.perf(14,27): error PR0103: weights in dimension 'performance' add up to 90%, not 100%</c>.
/// </summary>
public sealed record Diagnostic
{
    private static readonly ConcurrentDictionary<DiagnosticCode, string> Templates = new();

    internal Diagnostic(DiagnosticCode code, DiagnosticSeverity severity, string? source, SourceSpan span, string message)
    {
        Code = code;
        Severity = severity;
        Source = source;
        Span = span;
        Message = message;
    }

    /// <summary>The stable code.</summary>
    public DiagnosticCode Code { get; }

    /// <summary>The code as written in text, such as <c>PR0103</c>.</summary>
    public string Id => FormatId(Code);

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The file (or other source name) the diagnostic is about; null when none was given.</summary>
    public string? Source { get; }

    /// <summary>Where in the source: for a plan, the text span; for data, the row as line and the cell as column.</summary>
    public SourceSpan Span { get; }

    /// <summary>1-based line (a plan's line, or a data file's line).</summary>
    public int Line => Span.Line;

    /// <summary>1-based column.</summary>
    public int Column => Span.Column;

    /// <summary>The message, naming the thing at fault.</summary>
    public string Message { get; }

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>source(line,col): error PRnnnn: message</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return string.Create(CultureInfo.InvariantCulture, $"{Source ?? "<text>"}({Line},{Column}): {kind} {Id}: {Message}");
    }

    /// <summary><c>PRnnnn</c> for a code.</summary>
    public static string FormatId(DiagnosticCode code) =>
        "PR" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The message template of a code.</summary>
    public static string TemplateOf(DiagnosticCode code) => Templates.GetOrAdd(code, static c =>
        typeof(DiagnosticCode).GetField(c.ToString())?.GetCustomAttribute<MessageAttribute>()?.Template
        ?? throw new InvalidOperationException($"Diagnostic code {c} has no message."));

    internal static Diagnostic Create(DiagnosticCode code, string? source, SourceSpan span, params object?[] args) =>
        new(code, DiagnosticSeverity.Error, source, span, Format(code, args));

    internal static Diagnostic Warning(DiagnosticCode code, string? source, SourceSpan span, params object?[] args) =>
        new(code, DiagnosticSeverity.Warning, source, span, Format(code, args));

    private static string Format(DiagnosticCode code, object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, TemplateOf(code), args);
}
