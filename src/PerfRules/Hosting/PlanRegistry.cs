using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Results;

namespace PerfRules.Hosting;

/// <summary>
/// The plans of many companies, one <c>.perf</c> text each, compiled once and kept until their text changes: from a
/// folder (<c>COMPANY.perf</c> or <c>COMPANY/plan.perf</c>), from texts the host gives, or both. Safe to use from any
/// number of threads: asking for a plan reads an immutable dictionary without a lock.
/// </summary>
/// <remarks>
/// A text with errors never breaks scoring: the company keeps the plan of its last good text, and its
/// <see cref="PlanState"/> carries the new text's diagnostics and is <see cref="PlanState.IsStale"/>. A company whose
/// first text has errors has no plan, and its diagnostics say why. A deleted file keeps the last good plan too (an
/// editor may be between deleting and writing it). Company names are compared ignoring case.
/// </remarks>
/// <example>
/// <code>
/// using var registry = new PlanRegistry(new PlanRegistryOptions { Folder = "plans" });
/// var plan = registry.Get("acme") ?? throw new InvalidOperationException("no plan for acme");
/// var result = registry.Evaluate("acme", plan.ReadCsvFile("acme-2025-Q3.csv"));
/// Console.WriteLine($"{result.PlanName} {result.PlanContentHash}");   // the stamp to keep with the grades
/// </code>
/// </example>
public sealed class PlanRegistry : IDisposable
{
    private static readonly char[] CharactersNotInNames = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    // Writers (Set, Remove, reloads) take the gate, build a new dictionary and publish it; readers never lock.
    private readonly object _gate = new();
    private readonly long _checkInterval;
    private readonly PlanFolderWatcher? _watcher;
    private volatile ImmutableDictionary<string, CompanyEntry> _entries = ImmutableDictionary.Create<string, CompanyEntry>(StringComparer.OrdinalIgnoreCase);
    private long _nextScan;

    /// <summary>An empty registry for texts the host gives with <see cref="Set"/>.</summary>
    public PlanRegistry()
        : this(new PlanRegistryOptions())
    {
    }

    /// <summary>A registry that loads the plan files of <see cref="PlanRegistryOptions.Folder"/> now, if one is given.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public PlanRegistry(PlanRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _checkInterval = options.FileCheckInterval < TimeSpan.Zero ? -1 : (long)options.FileCheckInterval.TotalMilliseconds;
        if (options.Folder is null) return;

        Folder = Path.GetFullPath(options.Folder);
        if (!Directory.Exists(Folder)) throw new DirectoryNotFoundException($"The plan folder '{Folder}' does not exist.");
        // Watching starts before the first load, so that no change falls between the two.
        if (options.WatchFolder) _watcher = new PlanFolderWatcher(Folder, ReloadAfterWatcher);
        Reload(force: true);
    }

    /// <summary>The full path of the plan folder, or null for a registry of host texts only.</summary>
    public string? Folder { get; }

    /// <summary>The companies known, with or without a plan, in ordinal order ignoring case.</summary>
    public ImmutableArray<string> Companies => [.. _entries.Values.Select(e => e.State.Company).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The state of every company, ordered as <see cref="Companies"/>.</summary>
    public ImmutableArray<PlanState> States => [.. _entries.Values.Select(e => e.State).OrderBy(s => s.Company, StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// Raised after a company's state changed (added, new plan, bad edit, removed), outside every lock of the
    /// registry, on the thread that made or noticed the change. Changes noticed by two threads at once may arrive
    /// in either order; <see cref="GetState"/> gives the latest.
    /// </summary>
    public event EventHandler<PlanChange>? PlanChanged;

    /// <summary>
    /// The plan a company is scored with, or null when the company is unknown or none of its texts has compiled.
    /// The same object until the company's text changes.
    /// </summary>
    public PerfPlan? Get(string company) => Find(company)?.State.Plan;

    /// <summary>The state of a company, or null when it is unknown.</summary>
    public PlanState? GetState(string company) => Find(company)?.State;

    /// <summary>
    /// Scores one period of a roster with the company's plan, exactly as <see cref="PerfPlan.Evaluate(Roster, PerfPeriod?, EvaluationOptions?)"/>
    /// does. Read the roster with the same company's plan (<c>Get(company).ReadCsv(...)</c>). Never throws for a
    /// missing plan: an unknown company (PR5001), a company without a good plan (PR5002, with its plan's errors) and
    /// a roster read for a version of the plan with other inputs (PR5003) are diagnostics of an empty result.
    /// </summary>
    public EvaluationResult Evaluate(string company, Roster roster, PerfPeriod? period = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var entry = Find(company);
        if (entry is null) return Refused(Diagnostic.Create(DiagnosticCode.UnknownCompany, null, SourceSpan.StartOfText, company), []);
        if (entry.State.Plan is not { } plan)
        {
            var why = Diagnostic.Create(DiagnosticCode.CompanyWithoutPlan, entry.State.SourcePath, SourceSpan.StartOfText, entry.State.Company);
            return Refused(why, entry.State.Diagnostics);
        }

        if (!plan.CanRead(roster))
            return Refused(Diagnostic.Create(DiagnosticCode.RosterForOtherPlan, roster.SourceName, SourceSpan.StartOfText, entry.State.Company), []);
        return plan.Evaluate(roster, period, options);
    }

    /// <summary>
    /// Adds a company with its plan text. The state returned says whether the text compiled (and why not).
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, has a character a file name cannot have, or is already registered.</exception>
    public PlanState Add(string company, string text) => SetText(company, text, mustBeNew: true);

    /// <summary>
    /// Gives a company's plan text, adding the company or replacing its text. A text with errors keeps the company's
    /// last good plan; the state returned carries the text's diagnostics. A text given here takes the place of the
    /// company's file in the folder, until <see cref="Remove"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or has a character a file name cannot have.</exception>
    public PlanState Set(string company, string text) => SetText(company, text, mustBeNew: false);

    /// <summary>
    /// Forgets a company. A company whose file is still in the folder comes back, from the file, at the next reload.
    /// </summary>
    /// <returns>Whether the company was known.</returns>
    public bool Remove(string company)
    {
        ArgumentNullException.ThrowIfNull(company);
        PlanChange change;
        lock (_gate)
        {
            if (!_entries.TryGetValue(company, out var old)) return false;
            _entries = _entries.Remove(company);
            change = new PlanChange(old.State, null);
        }

        Raise([change]);
        return true;
    }

    /// <summary>
    /// Reads every plan file of the folder now and applies what changed: new companies, new texts (compiled only when
    /// their hash differs), bad edits, deleted files. Needs no watcher: call it after a deployment, or on a timer.
    /// Does nothing for a registry without a folder.
    /// </summary>
    /// <returns>The changes, also raised as <see cref="PlanChanged"/>.</returns>
    public ImmutableArray<PlanChange> Refresh() => Folder is null ? [] : Reload(force: true);

    /// <summary>Stops watching the folder. The plans stay usable; <see cref="Refresh"/> still reloads.</summary>
    public void Dispose() => _watcher?.Dispose();

    // The hot path: one dictionary read, and at most once per interval a look at the file's stamp.
    private CompanyEntry? Find(string company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (_entries.TryGetValue(company, out var entry))
        {
            if (entry.File is not { } file || !file.ClaimCheck(_checkInterval) || !file.LooksChanged()) return entry;
        }
        else if (Folder is null || !ClaimScan())
        {
            return null;
        }

        Reload(force: false);
        return _entries.GetValueOrDefault(company);
    }

    // An unknown company may be a file added since the last scan; the folder is scanned for it at most once per interval.
    private bool ClaimScan() => PlanFile.Claim(ref _nextScan, _checkInterval);

    private PlanState SetText(string company, string text, bool mustBeNew)
    {
        CheckName(company);
        ArgumentNullException.ThrowIfNull(text);
        CompanyEntry entry;
        PlanChange? change;
        lock (_gate)
        {
            var old = _entries.GetValueOrDefault(company);
            if (mustBeNew && old is not null) throw new ArgumentException($"Company '{company}' is already registered.", nameof(company));
            entry = PlanUpdate.Apply(old, company, text, [], company + PlanFolder.Extension, null, setByHost: true);
            change = Publish(company, old, entry);
        }

        if (change is not null) Raise([change]);
        return entry.State;
    }

    private ImmutableArray<PlanChange> Reload(bool force)
    {
        ImmutableArray<PlanChange> changes;
        lock (_gate)
        {
            var found = PlanFolder.Scan(Folder!);
            var list = new List<PlanChange>();
            foreach (var (company, old) in _entries)
            {
                if (old.SetByHost || found.ContainsKey(company)) continue;
                AddChange(list, Publish(company, old, PlanUpdate.Gone(old, old.File?.Path ?? old.State.SourcePath!)));
            }

            foreach (var (company, paths) in found)
            {
                var old = _entries.GetValueOrDefault(company);
                if (old is { SetByHost: true }) continue;
                if (paths.Count > 1)
                {
                    AddChange(list, Publish(company, old, PlanUpdate.Ambiguous(old, company, paths)));
                    continue;
                }

                var path = paths[0];
                if (!force && old?.File is { Stamp: { } stamp } file && file.Path == path && FileStamp.Read(path) == stamp) continue;
                var read = PlanFolder.Read(path);
                if (!read.Settled)
                {
                    // Still being written: look again next time, and keep what there is until then.
                    if (old is not null) Publish(company, old, old with { File = new PlanFile(path, null) });
                    continue;
                }

                var entry = PlanUpdate.Apply(old, company, read.Text, read.Diagnostics, path, new PlanFile(path, read.Stamp), setByHost: false);
                AddChange(list, Publish(company, old, entry));
            }

            changes = [.. list];
        }

        Raise(changes);
        return changes;
    }

    // Publishes an entry (or removes the company, for null) and tells whether hosts see a change. Callers hold the gate.
    private PlanChange? Publish(string company, CompanyEntry? old, CompanyEntry? entry)
    {
        _entries = entry is null ? _entries.Remove(company) : _entries.SetItem(company, entry);
        return ReferenceEquals(old?.State, entry?.State) ? null : new PlanChange(old?.State, entry?.State);
    }

    private static void AddChange(List<PlanChange> changes, PlanChange? change)
    {
        if (change is not null) changes.Add(change);
    }

    private void Raise(ImmutableArray<PlanChange> changes)
    {
        foreach (var change in changes) PlanChanged?.Invoke(this, change);
    }

    private void ReloadAfterWatcher()
    {
        try
        {
            Reload(force: true);
        }
        catch (Exception)
        {
            // This runs on a timer thread, where an exception (from a host's PlanChanged handler, say) would end the
            // process. Nothing is lost: the next look at a file or the next Refresh reloads again.
        }
    }

    private static void CheckName(string company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Length == 0 || company.Trim().Length != company.Length || company is "." or ".."
            || company.IndexOfAny(CharactersNotInNames) >= 0 || company.Any(char.IsControl))
            throw new ArgumentException($"'{company}' is not a company name: use a name a file could have, without '/', '\\' or spaces at its ends.", nameof(company));
    }

    private static EvaluationResult Refused(Diagnostic why, ImmutableArray<Diagnostic> planDiagnostics) =>
        new(null, [], [], [why, .. planDiagnostics], null, null);
}
