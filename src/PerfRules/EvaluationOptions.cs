namespace PerfRules;

/// <summary>How an evaluation runs. Results never depend on these settings.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The default: one thread.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// How many threads may evaluate rows of one period at once; 1 (the default) evaluates on the calling thread.
    /// Rosters below a few thousand rows always run on one thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Below this many rows a stage runs on one thread: splitting would cost more than it saves. Tests lower it.</summary>
    internal int ParallelRowThreshold { get; init; } = 4096;

    /// <summary>Options that use every processor of the machine.</summary>
    public static EvaluationOptions AllProcessors { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
