namespace PerfRules.Tests.Hosting;

/// <summary>A plan folder of its own for one test, deleted afterwards; files are written whole, in one step.</summary>
internal sealed class TempPlanFolder : IDisposable
{
    // Each write moves the file's last-write time on by a second, so that a look at its stamp sees every change even
    // on a file system whose clock is coarse.
    private DateTime _stamp = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public TempPlanFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfrules-registry-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file under the folder (creating its sub-folder) and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        _stamp = _stamp.AddSeconds(1);
        File.SetLastWriteTimeUtc(path, _stamp);
        return path;
    }

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temporary folder is left for the system to clear.
        }
    }
}
