using System.Text.RegularExpressions;
using PerfRules.Diagnostics;

namespace PerfRules.Tests.Data;

public class DataFormatDocumentationTests
{
    [Fact]
    public void Every_data_code_has_a_heading_that_quotes_its_message_in_the_data_format_document()
    {
        var text = File.ReadAllText(DocumentPath()).ReplaceLineEndings("\n");

        var undocumented = DataCodes()
            .Where(code => !text.Contains($"## {Diagnostic.FormatId(code)}\n\n`{Diagnostic.TemplateOf(code)}`", StringComparison.Ordinal))
            .Select(Diagnostic.FormatId)
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_code_the_data_format_document_names_exists()
    {
        var codes = DataCodes().Select(Diagnostic.FormatId).ToHashSet(StringComparer.Ordinal);

        var unknown = Regex.Matches(File.ReadAllText(DocumentPath()), @"^## (PR\d{4})\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(id => !codes.Contains(id))
            .ToList();

        Assert.Empty(unknown);
    }

    private static IEnumerable<DiagnosticCode> DataCodes() =>
        Enum.GetValues<DiagnosticCode>().Where(code => (int)code is >= 2000 and < 3000);

    private static string DocumentPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "docs", "diagnostics.md");
    }
}
