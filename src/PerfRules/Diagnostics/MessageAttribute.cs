namespace PerfRules.Diagnostics;

/// <summary>The message template of a <see cref="DiagnosticCode"/>, in composite-format syntax.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class MessageAttribute(string template) : Attribute
{
    public string Template { get; } = template;
}
