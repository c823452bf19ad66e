namespace PerfRules.Hosting;

/// <summary>
/// Watches a plan folder and calls back once the folder has been quiet for a moment after a change, so that an
/// editor's several writes of one save give one reload. Only a trigger: a missed event delays a reload, never
/// loses it, because the registry also looks at a file when its plan is asked for.
/// </summary>
internal sealed class PlanFolderWatcher : IDisposable
{
    private const int QuietMilliseconds = 200;

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _quiet;

    public PlanFolderWatcher(string folder, Action changed)
    {
        _quiet = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Restart();
        _watcher.Created += (_, _) => Restart();
        _watcher.Deleted += (_, _) => Restart();
        _watcher.Renamed += (_, _) => Restart();
        _watcher.Error += (_, _) => Restart();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _quiet.Dispose();
    }

    private void Restart()
    {
        try
        {
            _quiet.Change(QuietMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // An event that arrives while the registry is being disposed has nothing left to reload.
        }
    }
}
