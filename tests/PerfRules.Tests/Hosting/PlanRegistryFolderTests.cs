using System.Collections.Concurrent;
using PerfRules.Diagnostics;
using PerfRules.Hosting;

namespace PerfRules.Tests.Hosting;

// Every test but the last reloads through Refresh() or a look at a file when its plan is asked for, never by waiting
// on the watcher, so none depends on time.
public sealed class PlanRegistryFolderTests : IDisposable
{
    private readonly TempPlanFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_company_is_read_from_its_own_file_or_its_own_folder_and_other_files_are_left_alone()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        _folder.Write("globex/plan.perf", HostingCases.Calls);
        _folder.Write("globex/plan.perf.tests", "not a plan");
        _folder.Write(".acme.perf.swp", "an editor's swap file");
        _folder.Write("notes.txt", "not a plan");
        _folder.Write("empty/readme.md", "a folder without plan.perf");

        using var registry = Unwatched();

        Assert.Equal(["acme", "globex"], registry.Companies.ToArray());
        Assert.Equal("Sales to 200", registry.Get("acme")!.Name);
        Assert.Equal("Calls", registry.Get("globex")!.Name);
        Assert.Equal(Path.Combine(_folder.Path, "globex", "plan.perf"), registry.GetState("globex")!.SourcePath);
    }

    [Fact]
    public void A_changed_file_is_compiled_again_on_refresh_and_an_unchanged_one_is_not()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = Unwatched();
        var first = registry.Get("acme");

        Assert.Empty(registry.Refresh());
        Assert.Same(first, registry.Get("acme"));

        _folder.Write("acme.perf", HostingCases.SalesTo200);     // written again with the same text: a new stamp only
        Assert.Empty(registry.Refresh());
        Assert.Same(first, registry.Get("acme"));

        _folder.Write("acme.perf", HostingCases.SalesTo100);
        var change = Assert.Single(registry.Refresh());
        Assert.True(change.PlanReplaced);
        Assert.Same(first, change.Previous!.Plan);
        Assert.Same(registry.Get("acme"), change.Current!.Plan);
        Assert.Equal(HostingCases.Stamp(HostingCases.SalesTo100), registry.Get("acme")!.ContentHash);
    }

    [Fact]
    public void A_bad_edit_of_a_file_keeps_the_last_good_plan_and_fixing_it_restores_the_file_s_plan()
    {
        var path = _folder.Write("acme.perf", HostingCases.SalesTo100);
        using var registry = Unwatched();
        var good = registry.Get("acme");

        _folder.Write("acme.perf", HostingCases.SalesBadWeight);
        registry.Refresh();
        var bad = registry.GetState("acme")!;

        Assert.Same(good, bad.Plan);
        Assert.True(bad.IsStale);
        var error = Assert.Single(bad.Diagnostics);
        Assert.Equal(DiagnosticCode.KpiWeightsNot100, error.Code);
        Assert.Equal(path, error.Source);
        Assert.Equal((6, 11), (error.Line, error.Column));

        _folder.Write("acme.perf", HostingCases.SalesTo100);
        registry.Refresh();
        var restored = registry.GetState("acme")!;
        Assert.Same(good, restored.Plan);
        Assert.False(restored.IsStale);
        Assert.Empty(restored.Diagnostics);
    }

    [Fact]
    public void A_deleted_file_keeps_the_last_good_plan_until_it_returns()
    {
        var path = _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = Unwatched();
        var good = registry.Get("acme");

        _folder.Delete("acme.perf");
        registry.Refresh();
        var gone = registry.GetState("acme")!;

        Assert.Same(good, gone.Plan);
        Assert.True(gone.IsStale);
        Assert.Null(gone.LatestContentHash);
        Assert.Equal($"{path}(1,1): error PR5004: the plan file of company 'acme' no longer exists; the plan compiled from it earlier is used until the file returns or the company is removed", Assert.Single(gone.Diagnostics).ToString());
        Assert.Empty(registry.Refresh());                        // still gone: nothing new to say

        _folder.Write("acme.perf", HostingCases.SalesTo200);
        registry.Refresh();
        Assert.Same(good, registry.Get("acme"));
        Assert.False(registry.GetState("acme")!.IsStale);
    }

    [Fact]
    public void A_deleted_file_whose_text_never_compiled_takes_its_company_away()
    {
        _folder.Write("acme.perf", HostingCases.SalesBadWeight);
        using var registry = Unwatched();
        Assert.False(registry.GetState("acme")!.HasPlan);

        _folder.Delete("acme.perf");
        var change = Assert.Single(registry.Refresh());

        Assert.Null(change.Current);
        Assert.Null(registry.GetState("acme"));
    }

    [Fact]
    public void A_plan_file_moved_into_its_company_s_folder_keeps_its_plan_and_names_the_new_path()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = Unwatched();
        var plan = registry.Get("acme");

        _folder.Delete("acme.perf");
        var moved = _folder.Write("acme/plan.perf", HostingCases.SalesTo200);
        var change = Assert.Single(registry.Refresh());

        Assert.False(change.PlanReplaced);
        Assert.Same(plan, registry.Get("acme"));
        Assert.Equal(moved, registry.GetState("acme")!.SourcePath);
    }

    [Fact]
    public void A_company_with_two_plan_files_reads_neither()
    {
        var flat = _folder.Write("acme.perf", HostingCases.SalesTo200);
        var nested = _folder.Write("acme/plan.perf", HostingCases.SalesTo100);

        using var registry = Unwatched();

        var state = registry.GetState("acme")!;
        Assert.False(state.HasPlan);
        var ordered = new[] { flat, nested }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal($"company 'acme' has two plan files, {ordered[0]} and {ordered[1]}: keep one", Assert.Single(state.Diagnostics).Message);

        _folder.Delete("acme.perf");
        registry.Refresh();
        Assert.Equal("Sales to 100", registry.Get("acme")!.Name);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_diagnostic_at_the_first_bad_byte()
    {
        // "plan \"A\"\n" then 0xFF on line 2, column 1.
        _folder.WriteBytes("acme.perf", [.. "plan \"A\"\n"u8, 0xFF]);

        using var registry = Unwatched();

        var state = registry.GetState("acme")!;
        Assert.False(state.HasPlan);
        Assert.Null(state.LatestContentHash);
        var error = Assert.Single(state.Diagnostics);
        Assert.Equal(DiagnosticCode.InvalidUtf8, error.Code);
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_diagnostic_and_keeps_the_last_good_plan()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = Unwatched();
        var good = registry.Get("acme");

        // A link whose target is gone is listed as a file, but opening it fails as an unreadable file does.
        _folder.Delete("acme.perf");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "acme.perf"), Path.Combine(_folder.Path, "nowhere.perf"));
        registry.Refresh();

        var state = registry.GetState("acme")!;
        Assert.Same(good, state.Plan);
        Assert.True(state.IsStale);
        var error = Assert.Single(state.Diagnostics);
        Assert.Equal(DiagnosticCode.FileUnreadable, error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal(Path.Combine(_folder.Path, "acme.perf"), error.Source);
    }

    [Fact]
    public void Asking_for_a_plan_notices_a_changed_file_and_a_new_one_without_a_refresh()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = new PlanRegistry(new PlanRegistryOptions { Folder = _folder.Path, WatchFolder = false, FileCheckInterval = TimeSpan.Zero });
        var changes = new List<PlanChange>();
        registry.PlanChanged += (_, change) => changes.Add(change);

        _folder.Write("acme.perf", HostingCases.SalesTo100);
        _folder.Write("globex.perf", HostingCases.Calls);

        Assert.Equal("Sales to 100", registry.Get("acme")!.Name);
        Assert.Equal("Calls", registry.Get("globex")!.Name);
        Assert.Equal(["acme", "globex"], changes.Select(c => c.Company).Order().ToArray());
    }

    [Fact]
    public void A_text_the_host_gives_takes_the_place_of_the_company_s_file_until_it_is_removed()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = Unwatched();
        var fromFile = registry.Get("acme");

        registry.Set("acme", HostingCases.SalesTo100);
        registry.Refresh();
        Assert.Equal("Sales to 100", registry.Get("acme")!.Name);
        Assert.Null(registry.GetState("acme")!.SourcePath);

        registry.Remove("acme");
        registry.Refresh();
        Assert.Equal("Sales to 200", registry.Get("acme")!.Name);
        Assert.NotSame(fromFile, registry.Get("acme"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused_at_once()
    {
        var missing = Path.Combine(_folder.Path, "missing");

        Assert.Throws<DirectoryNotFoundException>(() => new PlanRegistry(new PlanRegistryOptions { Folder = missing }));
    }

    [Fact]
    public void The_watcher_reloads_a_changed_file_by_itself()
    {
        _folder.Write("acme.perf", HostingCases.SalesTo200);
        using var registry = new PlanRegistry(new PlanRegistryOptions { Folder = _folder.Path, FileCheckInterval = Timeout.InfiniteTimeSpan });
        var expected = HostingCases.Stamp(HostingCases.SalesTo100);
        var reloaded = new BlockingCollection<PlanChange>();
        registry.PlanChanged += (_, change) => reloaded.Add(change);

        _folder.Write("acme.perf", HostingCases.SalesTo100);

        // Waits for the event, not for a time: the bound only stops a broken watcher from hanging the run.
        PlanChange? change = null;
        while (reloaded.TryTake(out var next, TimeSpan.FromSeconds(30)))
        {
            change = next;
            if (next.Current?.Plan?.ContentHash == expected) break;
        }

        Assert.Equal(expected, change?.Current?.Plan?.ContentHash);
        Assert.Equal("Sales to 100", registry.Get("acme")!.Name);
    }

    private PlanRegistry Unwatched() =>
        new(new PlanRegistryOptions { Folder = _folder.Path, WatchFolder = false, FileCheckInterval = Timeout.InfiniteTimeSpan });
}
