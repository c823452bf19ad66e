using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using PerfRules.Results;

namespace PerfRules.Benchmarks;

/// <summary>
/// The CSV path of the section 1 plan: <c>--generate-csv PATH N</c> writes an N-employee roster (the rows the
/// in-memory benchmarks use), and <c>--csv-stages PATH [RUNS]</c> times reading it, evaluating it (one thread and
/// every core, as the CLI does) and writing <c>--format csv</c> in this process, each with its CPU time (what a busy
/// machine does not inflate) and the bytes it allocated.
/// </summary>
public static class CsvRoster
{
    public static int Generate(string path, int employees)
    {
        var clock = Stopwatch.StartNew();
        using (var output = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
            new AcmeRoster(employees).WriteCsv(output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {employees:N0} employees to {path} ({new FileInfo(path).Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    public static int TimeStages(string path, int runs)
    {
        var plan = AcmePlan.Compile();
        var writer = CliCsvWriter();
        Console.WriteLine($"{path}: {new FileInfo(path).Length / 1e6:F1} MB; run 1 is cold (as in a fresh CLI process), the median is over runs 2 to {runs}");
        Console.WriteLine("| run | read (ms) | evaluate, 1 thread (ms) | evaluate, all cores (ms) | write --format csv (ms) | read CPU (ms) | evaluate, all cores, CPU (ms) | write CPU (ms) | read allocated (MB) | evaluate allocated (MB) | write allocated (MB) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var timings = new List<double[]>();
        for (var run = 1; run <= runs; run++)
        {
            var (roster, readMs, readCpu, readBytes) = Measure(() => plan.ReadCsvFile(path));
            if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
            var (_, singleMs, _, _) = Measure(() => plan.Evaluate(roster));
            var (result, parallelMs, evaluateCpu, evaluateBytes) = Measure(() => plan.Evaluate(roster, null, EvaluationOptions.AllProcessors));
            var (_, writeMs, writeCpu, writeBytes) = writer is null ? (0, double.NaN, double.NaN, 0L) : Measure(() =>
            {
                using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
                writer.Invoke(null, [plan, result, output]);
                return 0;
            });
            var row = new[] { readMs, singleMs, parallelMs, writeMs, readCpu, evaluateCpu, writeCpu, readBytes / 1e6, evaluateBytes / 1e6, writeBytes / 1e6 };
            if (run > 1) timings.Add(row);
            Console.WriteLine(Row(run.ToString(CultureInfo.InvariantCulture), row));
        }

        if (timings.Count > 0)
            Console.WriteLine(Row("median", [.. Enumerable.Range(0, 10).Select(c => StageProfile.Median([.. timings.Select(t => t[c])]))]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        if (writer is null) Console.WriteLine("(build src/PerfRules.Cli in Release to time the CSV writer too)");
        return 0;
    }

    private static string Row(string label, double[] values) =>
        $"| {label} | " + string.Join(" | ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture))) + " |";

    private static (T Value, double Milliseconds, double CpuMilliseconds, long Allocated) Measure<T>(Func<T> action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var value = action();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var cpuElapsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return (value, elapsed, cpuElapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    // The CLI's CSV writer is internal to the tool; it is reached by reflection over the Release build of the CLI,
    // so that writing is timed with the very code `perfrules score --format csv` runs.
    private static MethodInfo? CliCsvWriter()
    {
        var root = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, "src", "PerfRules.Cli", "bin", "Release", "net10.0", "PerfRules.Cli.dll");
            if (!File.Exists(cli)) continue;
            var assembly = Assembly.LoadFrom(cli);
            return assembly.GetType("PerfRules.Cli.Output.CsvResultWriter")?
                .GetMethod("Write", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(PerfPlan), typeof(EvaluationResult), typeof(TextWriter)]);
        }

        return null;
    }
}
