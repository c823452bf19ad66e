namespace PerfRules.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the plan or data is still used.</summary>
    Warning,

    /// <summary>The plan does not compile, or the data row is not scored.</summary>
    Error,
}
