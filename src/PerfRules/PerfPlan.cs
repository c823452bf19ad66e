using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using PerfRules.Results;
using PerfRules.Runtime;
using PerfRules.Syntax;
using PerfRules.Text;

namespace PerfRules;

/// <summary>
/// A compiled <c>.perf</c> plan: compile once, evaluate many periods, from any number of threads.
/// </summary>
/// <example>
/// <code>
/// var compiled = PerfPlan.CompileFile("acme.perf");
/// if (!compiled.Success) { foreach (var d in compiled.Diagnostics) Console.Error.WriteLine(d); return; }
/// var roster = compiled.Plan.ReadCsvFile("roster.csv");
/// var result = compiled.Plan.Evaluate(roster);
/// foreach (var e in result.Employees) Console.WriteLine($"{e.Employee} {e.Score} {e.Grade} x{e.Multiplier}");
/// </code>
/// </example>
public sealed class PerfPlan
{
    private readonly BoundPlan _bound;

    // Code generation is the costly part of compiling and never finds a mistake, so it waits for the first evaluation
    // (a plan that is only checked never pays for it); the lazy value makes it happen once, whatever the threads.
    private readonly Lazy<CompiledPlan> _compiled;

    private PerfPlan(BoundPlan bound, string text, string? sourceName)
    {
        _bound = bound;
        ContentHash = Text.ContentHash.Of(text);
        _compiled = new Lazy<CompiledPlan>(
            TreeCompiler.KeepingSettings(() => PlanCompiler.Compile(bound, text)), LazyThreadSafetyMode.ExecutionAndPublication);
        SourceName = sourceName;
        Inputs = [.. bound.Inputs.Select(i => new PlanInput(i.Name, i.Type, i.Rollup, i.Optional))];
        Profiles = [.. bound.Profiles.Select(p => new PlanProfile(p.Name, [.. p.Dimensions.Select(Describe)]))];
        Grades = bound.Grades is { } grades ? [.. grades.Lines.Select(l => l.Name)] : [];
        Flags = [.. bound.Flags.Select(f => f.Name)];
        Awards = [.. bound.Awards.OrderBy(a => a.Span.Start).Select(a => a.Name)];
        Rankings = [.. bound.NamedRankings.Select(r => r.Name!)];
        Levels = [.. bound.Levels.Select(l => l.Name!)];
    }

    /// <summary>The plan lowered to delegates, generated on first use (benchmarks and tests read it).</summary>
    internal CompiledPlan Compiled => _compiled.Value;

    /// <summary>The file or source name the plan was compiled from, if given.</summary>
    public string? SourceName { get; }

    /// <summary>The plan's display name (<c>plan "NAME"</c>), or null.</summary>
    public string? Name => _bound.Name;

    /// <summary>
    /// The stamp of the exact text the plan was compiled from: <c>sha256:</c> followed by the lower-case hex SHA-256
    /// of the text's UTF-8 bytes (for a file, the bytes after a leading byte-order mark). Every result carries it, so
    /// that a result kept for an appeal names exactly the rules that produced it; one changed character, line ending
    /// or space changes it.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The cadence of the periods the plan scores.</summary>
    public Cadence Cadence => _bound.Cadence;

    /// <summary>The inputs each snapshot row carries, in declaration order.</summary>
    public ImmutableArray<PlanInput> Inputs { get; }

    /// <summary>The profiles, in the order they are tried; <c>default</c> (the top-level dimensions) is last.</summary>
    public ImmutableArray<PlanProfile> Profiles { get; }

    /// <summary>The top-level dimensions (the <c>default</c> profile).</summary>
    public ImmutableArray<PlanDimension> Dimensions => Profiles[^1].Dimensions;

    /// <summary>The grade names, best first; empty without a grades block.</summary>
    public ImmutableArray<string> Grades { get; }

    /// <summary>The flag names in file order.</summary>
    public ImmutableArray<string> Flags { get; }

    /// <summary>The award names in file order.</summary>
    public ImmutableArray<string> Awards { get; }

    /// <summary>The named rankings in file order.</summary>
    public ImmutableArray<string> Rankings { get; }

    /// <summary>The levels blocks in file order.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Compiles plan text. Never throws for a mistake in the text: every mistake is a diagnostic.</summary>
    /// <param name="text">The plan.</param>
    /// <param name="sourceName">The name diagnostics give as the file, such as <c>acme.perf</c>.</param>
    public static CompilationResult Compile(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag(sourceName);
        var syntax = PlanParser.Parse(text, diagnostics);
        var bound = Binder.Bind(syntax, diagnostics);
        var sorted = diagnostics.ToSortedArray();
        if (bound is null || diagnostics.HasErrors) return new CompilationResult(null, sorted);
        return new CompilationResult(new PerfPlan(bound, text, sourceName), sorted);
    }

    /// <summary>Compiles a plan file (UTF-8). A file that cannot be read or is not UTF-8 text is a diagnostic.</summary>
    public static CompilationResult CompileFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SourceText.TryReadFile(path, out var text, out var diagnostics) ? Compile(text, path) : new CompilationResult(null, diagnostics);
    }

    /// <summary>Compiles plan text, returning whether it compiled.</summary>
    public static bool TryCompile(string text, [NotNullWhen(true)] out PerfPlan? plan, out ImmutableArray<Diagnostic> diagnostics, string? sourceName = null)
    {
        var result = Compile(text, sourceName);
        plan = result.Plan;
        diagnostics = result.Diagnostics;
        return result.Success;
    }

    /// <summary>A builder for snapshots made from the host's own objects, checked against this plan's inputs.</summary>
    public RosterBuilder CreateRosterBuilder(string sourceName = "snapshot") => new(Cadence, Inputs, sourceName);

    /// <summary>Reads a CSV roster (spec section 10) for this plan, rolling finer rows up into the plan's periods.</summary>
    public Roster ReadCsv(TextReader reader, string sourceName = "data.csv") => CsvRosterReader.Read(reader, sourceName, Cadence, Inputs);

    /// <summary>Reads a CSV roster file for this plan.</summary>
    public Roster ReadCsvFile(string path) => CsvRosterReader.ReadFile(path, Cadence, Inputs);

    /// <summary>
    /// Scores one period of a roster; the roster's earlier periods are its history. Without <paramref name="period"/>
    /// the latest period is scored. The roster's diagnostics come with the result.
    /// </summary>
    /// <exception cref="ArgumentException">The roster was read for a plan with other inputs.</exception>
    public EvaluationResult Evaluate(Roster roster, PerfPeriod? period = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (!CanRead(roster))
            throw new ArgumentException("The roster was read for another plan: its inputs are not this plan's inputs.", nameof(roster));
        var diagnostics = roster.Diagnostics.ToBuilder();
        var target = period ?? (roster.Periods.IsEmpty ? (PerfPeriod?)null : roster.Periods[^1].Period);
        if (target is not { } scored)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCode.NoPeriodToScore, roster.SourceName, SourceSpan.StartOfText));
            return Result(null, [], [], diagnostics);
        }

        if (scored.Cadence != Cadence)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCode.WrongCadence, roster.SourceName, SourceSpan.StartOfText, scored, PeriodText.Name(Cadence)));
            return Result(scored, [], [], diagnostics);
        }

        var current = roster.Find(scored);
        if (current is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCode.PeriodNotInData, roster.SourceName, SourceSpan.StartOfText, scored));
            return Result(scored, [], [], diagnostics);
        }

        return Run(current, roster.Periods.Where(p => p.Period < scored), diagnostics, options);
    }

    /// <summary>
    /// Whether the roster's snapshots hold this plan's inputs in this plan's order: true for a roster read by this
    /// plan, and for one read by any plan (an earlier version, say) that declares the same inputs.
    /// </summary>
    internal bool CanRead(Roster roster) =>
        roster.Inputs.Inputs == Inputs || roster.Inputs.Inputs.SequenceEqual(Inputs);

    /// <summary>
    /// Scores <paramref name="current"/>, evaluating the earlier snapshots of <paramref name="history"/> first (in
    /// calendar order) so that history functions see their complete results. Snapshots not earlier than the current
    /// period are ignored: a period's results never depend on later ones.
    /// </summary>
    public EvaluationResult Evaluate(PeriodSnapshot current, IEnumerable<PeriodSnapshot>? history = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var earlier = (history ?? []).Where(p => p.Period < current.Period).ToList();
        foreach (var snapshot in earlier.Prepend(current))
        {
            if (snapshot.Period.Cadence != Cadence)
                diagnostics.Add(Diagnostic.Create(DiagnosticCode.WrongCadence, SourceName, SourceSpan.StartOfText, snapshot.Period, PeriodText.Name(Cadence)));
            if (snapshot.Columns.Length != Inputs.Length)
                throw new ArgumentException("The snapshot was built for another plan: its columns do not match this plan's inputs.", nameof(current));
        }

        var duplicates = earlier.GroupBy(p => p.Period).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var duplicate in duplicates)
            diagnostics.Add(Diagnostic.Create(DiagnosticCode.DuplicatePeriod, SourceName, SourceSpan.StartOfText, duplicate));
        if (diagnostics.Count > 0) return Result(current.Period, [], [], diagnostics);
        return Run(current, earlier, diagnostics, options);
    }

    private EvaluationResult Run(PeriodSnapshot current, IEnumerable<PeriodSnapshot> earlier, ImmutableArray<Diagnostic>.Builder diagnostics, EvaluationOptions? options)
    {
        var parallelism = options ?? EvaluationOptions.Default;
        var index = new HistoryIndex();
        var historyPeriods = ImmutableArray.CreateBuilder<PerfPeriod>();
        foreach (var snapshot in earlier.OrderBy(p => p.Period))
        {
            PlanEvaluator.Evaluate(_compiled.Value, snapshot, index, parallelism);
            historyPeriods.Add(snapshot.Period);
        }

        var frame = PlanEvaluator.Evaluate(_compiled.Value, current, index, parallelism);
        var rows = OutputOrder(frame);
        var plan = _compiled.Value;
        return new EvaluationResult(current.Period, () => Views(plan, frame, rows), historyPeriods.ToImmutable(), diagnostics.ToImmutable(), Name, ContentHash);
    }

    private EvaluationResult Result(PerfPeriod? period, ImmutableArray<EmployeeResult> employees, ImmutableArray<PerfPeriod> history, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        new(period, employees, history, diagnostics.ToImmutable(), Name, ContentHash);

    // Spec section 10: by group, then rank, then employee id, texts by ordinal comparison. The main ranking has
    // already laid the rows out by group and rank; only employees sharing a rank are put in order of their ids.
    private static int[] OutputOrder(PeriodFrame frame)
    {
        var rows = frame.RankedRows[0]!;
        var (groups, ranks, employees) = (frame.Groups[0]!, frame.Ranks[0], frame.Snapshot.Employees);
        var byId = Comparer<int>.Create((a, b) => string.CompareOrdinal(employees[a], employees[b]));
        for (var start = 0; start < rows.Length;)
        {
            var end = start + 1;
            while (end < rows.Length && ranks[rows[end]] == ranks[rows[start]] && string.Equals(groups[rows[end]], groups[rows[start]], StringComparison.Ordinal))
                end++;
            if (end - start > 1) Array.Sort(rows, start, end - start, byId);
            start = end;
        }

        return rows;
    }

    // One view over the frame per row, in output order: what EvaluationResult.Employees holds once read.
    private static EmployeeResult[] Views(CompiledPlan plan, PeriodFrame frame, int[] rows)
    {
        var results = new EmployeeResult[rows.Length];
        for (var i = 0; i < rows.Length; i++) results[i] = new EmployeeResult(plan, frame, rows[i]);
        return results;
    }

    private static PlanDimension Describe(DimensionSymbol dimension) =>
        new(dimension.Name, dimension.Weight, [.. dimension.Kpis.Select(k => new PlanKpi(k.Name, k.Weight, CurveName(k.Curve), k.SkipWhenMissing))]);

    private static string CurveName(BoundCurve curve) => curve switch
    {
        BoundLinearCurve => "linear",
        BoundLadderCurve => "ladder",
        BoundBandsCurve => "bands",
        _ => "score",
    };
}
