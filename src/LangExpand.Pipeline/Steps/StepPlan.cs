namespace LangExpand.Pipeline.Steps;

/// <summary>A file or directory a step reads.</summary>
/// <param name="Name">A stable logical name (<c>lexicon[0]</c>, or the pack path for a pack input); keys the input's hash in the step record.</param>
/// <param name="Path">The file or directory: absolute or as the user gave it for user inputs, relative to the pack for pack inputs.</param>
/// <param name="InPack">True when the input is an earlier step's output inside the pack.</param>
public sealed record StepInput(string Name, string Path, bool InPack)
{
    /// <summary>An input from the user (a file or directory on disk).</summary>
    public static StepInput User(string name, string path) => new(name, path, false);

    /// <summary>An earlier step's output, by its path relative to the pack.</summary>
    public static StepInput Pack(string relativePath) => new(relativePath, relativePath, true);
}

/// <summary>What a step reads and writes for one request.</summary>
/// <param name="Inputs">Files and directories read; their content hashes decide whether the step reruns.</param>
/// <param name="Options">Settings that change the outputs (seed, languages, sizes), as text; part of the same decision.</param>
/// <param name="Outputs">Pack-relative files or directories the step writes (forward slashes).</param>
public sealed record StepPlan(IReadOnlyList<StepInput> Inputs, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Outputs);

/// <summary>What a step reports about its work: counts and metrics (recorded in the step record, the manifest and the report).</summary>
/// <param name="Counts">Named counts (entries, sentences, examples).</param>
/// <param name="Metrics">Named measurements (accuracies in percent, coverage).</param>
public sealed record StepOutcome(IReadOnlyDictionary<string, long> Counts, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>Named facts that are text (the inflection model <c>auto</c> selected).</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    /// <summary>An outcome with counts only.</summary>
    public static StepOutcome Of(IReadOnlyDictionary<string, long> counts) => new(counts, new Dictionary<string, double>());
}
