using System.Text.RegularExpressions;
using PerfRules.Diagnostics;

namespace PerfRules.Tests.Diagnostics;

public class DiagnosticsDocumentationTests
{
    [Fact]
    public void Every_plan_and_request_code_has_a_heading_in_the_diagnostics_document()
    {
        var headings = Regex.Matches(File.ReadAllText(DocumentPath()), @"^## (PR\d{4})\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        var undocumented = Enum.GetValues<DiagnosticCode>()
            .Select(Diagnostic.FormatId)
            .Where(id => !headings.Contains(id))
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_documented_code_exists()
    {
        var codes = Enum.GetValues<DiagnosticCode>().Select(Diagnostic.FormatId).ToHashSet(StringComparer.Ordinal);
        var unknown = Regex.Matches(File.ReadAllText(DocumentPath()), @"^## (PR\d{4})\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(id => !codes.Contains(id))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Each_documented_code_quotes_its_message_template()
    {
        var text = File.ReadAllText(DocumentPath());
        var misquoted = Enum.GetValues<DiagnosticCode>()
            .Where(code => !text.Contains($"## {Diagnostic.FormatId(code)}\n\n`{Diagnostic.TemplateOf(code)}`", StringComparison.Ordinal))
            .Select(Diagnostic.FormatId)
            .ToList();

        Assert.Empty(misquoted);
    }

    private static string DocumentPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "docs", "diagnostics.md");
    }
}
