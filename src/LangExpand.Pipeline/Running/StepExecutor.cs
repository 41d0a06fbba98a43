using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Running;

/// <summary>
/// Runs one step crash-safely: clears what an interrupted run left in its staging and trash directories, runs the step into
/// <c>.staging/NAME/</c>, moves each output into the pack (an old output goes to <c>.trash/NAME/</c> first), then writes the
/// step record. A kill at any moment leaves either the old record (whose output hashes no longer match, so the step reruns)
/// or the new one with its outputs in place.
/// </summary>
internal static class StepExecutor
{
    public static StepRecord Execute(IPipelineStep step, StepPlan plan, PackContext context, IReadOnlyDictionary<string, string> inputHashes, IProgress<string> progress)
    {
        var staging = context.PackPath(Path.Combine(PackLayout.Staging, step.Name));
        var trash = context.PackPath(Path.Combine(PackLayout.Trash, step.Name));
        Clear(staging);
        Clear(trash);
        Directory.CreateDirectory(staging);
        var outcome = step.Run(new StepRun(context, plan, staging, progress));
        foreach (var output in plan.Outputs)
        {
            var staged = Path.Combine(staging, output);
            if (!File.Exists(staged) && !Directory.Exists(staged))
            {
                throw new InvalidOperationException($"step {step.Name} did not write its planned output {output}");
            }
            var target = context.PackPath(output);
            MoveAside(target, Path.Combine(trash, output));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Move(staged, target);
        }
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in plan.Outputs)
        {
            foreach (var (file, hash) in ContentHash.Files(context.PackPath(output), output))
            {
                outputs[file] = hash;
            }
        }
        var record = new StepRecord(step.Name, inputHashes, plan.Options, outputs, outcome.Counts, outcome.Metrics, outcome.Notes);
        record.Save(RecordPath(context, step.Name));
        foreach (var leftover in new[] { staging, trash })
        {
            Clear(leftover);
            RemoveIfEmpty(Path.GetDirectoryName(leftover)!);
        }
        return record;
    }

    /// <summary>
    /// Removes what an earlier run of <paramref name="step"/> left in the pack when this run does not apply it (its input was
    /// dropped): the files its record lists, the directories they leave empty, then the record. Files it did not write stay.
    /// </summary>
    public static void Retire(IPipelineStep step, PackContext context)
    {
        var recordPath = RecordPath(context, step.Name);
        if (StepRecord.Load(recordPath) is not { } record)
        {
            return;
        }
        foreach (var file in record.Outputs.Keys.Select(context.PackPath))
        {
            File.Delete(file);
            for (var directory = Path.GetDirectoryName(file)!; directory.Length > context.PackDirectory.Length; directory = Path.GetDirectoryName(directory)!)
            {
                RemoveIfEmpty(directory);
            }
        }
        File.Delete(recordPath);
    }

    /// <summary>The path of a step's record.</summary>
    public static string RecordPath(PackContext context, string step) => context.PackPath(Path.Combine(PackLayout.Records, step + ".json"));

    /// <summary>True when every output file of <paramref name="record"/> is in the pack with the recorded hash, and no planned output is missing.</summary>
    public static bool OutputsIntact(StepRecord record, StepPlan plan, PackContext context)
    {
        var now = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in plan.Outputs)
        {
            var files = ContentHash.Files(context.PackPath(output), output);
            if (files.Count == 0)
            {
                return false;
            }
            foreach (var (file, hash) in files)
            {
                now[file] = hash;
            }
        }
        return now.Count == record.Outputs.Count && now.All(p => record.Outputs.TryGetValue(p.Key, out var h) && h == p.Value);
    }

    private static void MoveAside(string target, string aside)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
            Move(target, aside);
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private static void RemoveIfEmpty(string directory)
    {
        if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }
    }

    private static void Clear(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
