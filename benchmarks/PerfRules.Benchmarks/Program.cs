using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using PerfRules.Benchmarks;
using PerfRules.Benchmarks.Peers;

// dotnet run -c Release --project benchmarks/PerfRules.Benchmarks -- --filter '*'      every benchmark
//   -- --filter '*Scoring*' --employees 100000 --rulesengine-1m   only some roster sizes; RulesEngine (one rule) at 1,000,000 too
//   -- --quick                      the in-memory comparisons at 100,000 employees, short job, ratio lines at the end
//   -- --agree [N]                  every engine checked against PerfRules on N employees, each timed once
//   -- --generate-csv PATH N        an N-employee section 1 roster as CSV (for the CLI measurement)
//   -- --generate-plan PATH         the generated 2,000-line plan of the compile benchmarks (for `perfrules check`)
//   -- --csv-stages PATH [RUNS]     reading, evaluating and writing a CSV roster, timed in-process
//   -- --profile [N] [RUNS] [cents] the single-threaded pipeline split per stage (cents: amounts to the cent)
//   -- --evaluate-loop [N] [RUNS]   only plan.Evaluate, RUNS times, for a sampling profiler (dotnet-trace)
//   -- --history-loop [N] [MONTHS] [RUNS]   the same for the monthly plan with history
//   -- --rulesengine-loop [N] [RUNS] [readme]   the same for RulesEngine's one-rule (or README) layout
return args switch
{
    ["--quick", ..] => QuickRun.Run(args[1..]),
    ["--agree", ..] => PeerAgreement.Run(Optional(args, 1, 100_000)),
    ["--generate-csv", var path, var count] => CsvRoster.Generate(path, Number(count)),
    ["--generate-plan", var path] => WritePlan(path),
    ["--csv-stages", var path, ..] => CsvRoster.TimeStages(path, Optional(args, 2, 3)),
    ["--profile", ..] => StageProfile.Run(Optional(args, 1, 100_000), Optional(args, 2, 11), args.Contains("cents")),
    ["--evaluate-loop", ..] => ProfilerLoops.Evaluate(Optional(args, 1, 100_000), Optional(args, 2, 40)),
    ["--rulesengine-loop", ..] => ProfilerLoops.RulesEngine(Optional(args, 1, 100_000), Optional(args, 2, 10), args.Contains("readme")),
    ["--history-loop", ..] => ProfilerLoops.History(Optional(args, 1, 10_000), Optional(args, 2, 12), Optional(args, 3, 20)),
    _ => RunSwitcher(args),
};

static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

static int Optional(string[] args, int index, int fallback) => args.Length > index ? Number(args[index]) : fallback;

static int WritePlan(string path)
{
    File.WriteAllText(path, GeneratedPlan.Text);
    return 0;
}

static int RunSwitcher(string[] args)
{
    // On a small shared machine the generated project can take minutes to build (BenchmarkDotNet allows 2), and a
    // 1,000,000-employee evaluation takes seconds: unless --job says otherwise, 2 warm-ups and 8 measured iterations,
    // run in this process, so that every ratio of a table comes from one process (and the scoring benchmarks check
    // each roster size once, not once per method). A case may take an hour rather than the in-process default of a few
    // minutes: the first case of a roster size includes its agreement check, minutes for RulesEngine at 1,000,000.
    var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)).AddColumn(StatisticColumn.Median);
    if (!args.Any(a => a is "--job" or "-j"))
        config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8)
            .WithToolchain(new BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithId("Full"));
    // RulesEngine needs half a minute (one rule) to a minute (README layout) per 1,000,000-employee evaluation on a busy
    // 2-core machine: at that size it is timed only with --rulesengine-1m (one rule) or --rulesengine-readme-1m (both).
    // --employees N (repeatable) keeps only those roster sizes of the scoring benchmarks.
    var options = new List<string>();
    var sizes = new HashSet<int>();
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] == "--employees" && i + 1 < args.Length) sizes.Add(Number(args[++i]));
        else options.Add(args[i]);
    }

    var readme1m = options.Remove("--rulesengine-readme-1m");
    var best1m = options.Remove("--rulesengine-1m") || readme1m;
    config = config.AddFilter(new BenchmarkDotNet.Filters.SimpleFilter(b =>
    {
        if (QuickRun.Parameter(b, nameof(ScoringBenchmarks.Employees)) is not int employees) return true;
        if (sizes.Count > 0 && !sizes.Contains(employees)) return false;
        return employees != 1_000_000 || b.Descriptor.WorkloadMethod.Name switch
        {
            nameof(ScoringBenchmarks.RulesEngineBest) => best1m,
            nameof(ScoringBenchmarks.RulesEngineReadme) => readme1m,
            _ => true,
        };
    }));
    BenchmarkSwitcher.FromAssembly(typeof(AcmePlan).Assembly).Run([.. options], config);
    return 0;
}
