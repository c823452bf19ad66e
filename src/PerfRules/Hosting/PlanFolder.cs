using PerfRules.Diagnostics;
using PerfRules.Text;

namespace PerfRules.Hosting;

/// <summary>
/// The plan files of a registry's folder: <c>COMPANY.perf</c> directly in it, or <c>COMPANY/plan.perf</c> one level
/// down. Names starting with '.' are left alone (editors keep their swap and lock files under such names).
/// </summary>
internal static class PlanFolder
{
    public const string Extension = ".perf";
    public const string FileInCompanyFolder = "plan.perf";

    // An editor that writes a file in several steps can be caught in the middle; a read is trusted only when the
    // stamp before and after it agree, and is tried this many times before waiting for the next look.
    private const int ReadAttempts = 3;

    /// <summary>The plan files found, by company (names compared ignoring case), each company's paths in ordinal order.</summary>
    public static Dictionary<string, List<string>> Scan(string folder)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (!name.StartsWith('.') && name.Length > Extension.Length && name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                    Add(found, name[..^Extension.Length], path);
            }

            foreach (var directory in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(directory);
                var path = Path.Combine(directory, FileInCompanyFolder);
                if (!name.StartsWith('.') && File.Exists(path)) Add(found, name, path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed (gone, or no longer allowed) holds no plan files: its companies keep their
            // last good plans, marked as gone, until it can be listed again.
            found.Clear();
        }

        foreach (var paths in found.Values) paths.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Reads a plan file as UTF-8. <see cref="FileRead.Settled"/> is false when the file kept changing while it was
    /// read; otherwise the text, or the diagnostics saying why there is none (unreadable, not UTF-8).
    /// </summary>
    public static FileRead Read(string path)
    {
        for (var attempt = 0; attempt < ReadAttempts; attempt++)
        {
            var before = FileStamp.Read(path);
            var readable = SourceText.TryReadFile(path, out var text, out var diagnostics);
            var after = FileStamp.Read(path);
            if (before is not null && before == after)
                return new FileRead(true, readable ? text : null, diagnostics, after);
        }

        return new FileRead(false, null, [], null);
    }

    private static void Add(Dictionary<string, List<string>> found, string company, string path)
    {
        if (!found.TryGetValue(company, out var paths)) found.Add(company, paths = []);
        paths.Add(path);
    }
}

/// <summary>The outcome of reading a plan file: its text, or the diagnostics of why not, and its stamp.</summary>
internal sealed record FileRead(bool Settled, string? Text, ImmutableArray<Diagnostic> Diagnostics, FileStamp? Stamp);
