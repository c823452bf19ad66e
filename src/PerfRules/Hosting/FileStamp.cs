namespace PerfRules.Hosting;

/// <summary>
/// What can be learnt of a file without reading it: whether it exists, its length and last-write time. Two equal
/// stamps mean the file has most likely not changed; only a different hash of its text makes a new plan.
/// </summary>
internal sealed record FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
{
    private static readonly FileStamp Missing = new(false, 0, default);

    /// <summary>The file's stamp now, or null when even that cannot be learnt (then it counts as changed).</summary>
    public static FileStamp? Read(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(true, file.Length, file.LastWriteTimeUtc) : Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
