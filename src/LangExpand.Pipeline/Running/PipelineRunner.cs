using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Running;

/// <summary>What happened to one applicable step in a run.</summary>
/// <param name="Step">The step.</param>
/// <param name="Plan">Its plan.</param>
/// <param name="Record">Its record (new when it ran, the stored one when skipped).</param>
/// <param name="Status">Ran or skipped.</param>
/// <param name="Seconds">Wall time in this run.</param>
public sealed record StepResult(IPipelineStep Step, StepPlan Plan, StepRecord Record, StepStatus Status, double Seconds);

/// <summary>
/// Plans every step in order and runs those whose record is missing or stale (other input hashes or options, outputs changed
/// or gone) or that <c>--force</c> names, together with every later step that reads a forced step's outputs. A step of the
/// list that no longer applies (its input was dropped) has the outputs of its earlier run removed.
/// </summary>
public static class PipelineRunner
{
    /// <summary>Runs <paramref name="steps"/> for the context's request, reporting to <paramref name="progress"/>.</summary>
    public static IReadOnlyList<StepResult> Run(PackContext context, IReadOnlyList<IPipelineStep> steps, IPipelineProgress progress)
    {
        var planned = Plan(context, steps);
        progress.Started([.. planned.Select(p => p.Step.Name)]);
        Directory.CreateDirectory(context.PackPath(PackLayout.Records));
        foreach (var step in steps.Where(step => !planned.Any(p => p.Step == step)))
        {
            StepExecutor.Retire(step, context);
        }
        var forcedOutputs = new List<string>();
        var results = new List<StepResult>();
        foreach (var (index, (step, plan)) in planned.Index())
        {
            progress.StepStarted(index, step.Name);
            var clock = Stopwatch.StartNew();
            var inputs = HashInputs(plan, context);
            var forced = context.Request.Force.Contains(step.Name) || plan.Inputs.Any(i => i.InPack && forcedOutputs.Any(o => Within(i.Path, o)));
            StepResult result;
            if (!forced && UpToDate(step, plan, inputs, context) is { } stored)
            {
                result = new StepResult(step, plan, stored, StepStatus.Skipped, clock.Elapsed.TotalSeconds);
            }
            else
            {
                var messages = new InlineProgress(message => progress.StepMessage(step.Name, message));
                var record = StepExecutor.Execute(step, plan, context, inputs, messages);
                result = new StepResult(step, plan, record, StepStatus.Ran, clock.Elapsed.TotalSeconds);
            }
            if (forced)
            {
                forcedOutputs.AddRange(plan.Outputs);
            }
            results.Add(result);
            progress.StepFinished(index, step.Name, result.Status, result.Seconds);
        }
        return results;
    }

    /// <summary>
    /// The stored record of <paramref name="step"/> when it is current for <paramref name="plan"/>: same input hashes and
    /// options, outputs intact; null when the step would run.
    /// </summary>
    internal static StepRecord? UpToDate(IPipelineStep step, StepPlan plan, IReadOnlyDictionary<string, string> inputs, PackContext context) =>
        StepRecord.Load(StepExecutor.RecordPath(context, step.Name)) is { } stored
        && stored.SameInputs(new StepRecord(step.Name, inputs, plan.Options, stored.Outputs, stored.Counts, stored.Metrics, stored.Notes))
        && StepExecutor.OutputsIntact(stored, plan, context)
            ? stored
            : null;

    /// <summary>Plans every step in order (each sees the outputs of the earlier ones); the applicable steps with their plans.</summary>
    internal static List<(IPipelineStep Step, StepPlan Plan)> Plan(PackContext context, IReadOnlyList<IPipelineStep> steps)
    {
        var planned = new List<(IPipelineStep, StepPlan)>();
        foreach (var step in steps)
        {
            if (step.Plan(context) is { } plan)
            {
                context.AddOutputs(plan.Outputs);
                planned.Add((step, plan));
            }
        }
        return planned;
    }

    /// <summary>The input hashes of <paramref name="plan"/> as a step record keeps them.</summary>
    internal static SortedDictionary<string, string> HashInputs(StepPlan plan, PackContext context)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in plan.Inputs)
        {
            var path = input.InPack ? context.PackPath(input.Path) : input.Path;
            hashes[input.Name] = ContentHash.Of(path)
                ?? throw new LangExpandException(ErrorCode.MissingInput, $"input {input.Path} of this step does not exist", expected: "the file or directory the run started with");
        }
        return hashes;
    }

    private static bool Within(string path, string output) => path == output || path.StartsWith(output + "/", StringComparison.Ordinal);

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (System's <c>Progress</c> posts to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
