using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Models;
using LangExpand.Pipeline.Pack;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.Synthesis.Monolingual;

namespace LangExpand.Pipeline;

/// <summary>What <see cref="LanguagePacks.Add"/> did.</summary>
/// <param name="PackDirectory">The pack (absolute).</param>
/// <param name="Steps">Each applicable step's result, in order.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record PackSummary(string PackDirectory, IReadOnlyList<StepResult> Steps, double Seconds);

/// <summary>
/// <c>langexpand add-language</c>: validates every input, runs the steps (resumably) and writes <c>manifest.yaml</c> and
/// <c>report.md</c>. To add a step, implement <see cref="IPipelineStep"/> and insert it into <see cref="DefaultSteps"/>; steps
/// that need libtorch live in <c>LangExpand.Pipeline.Encoders</c> (<c>EncoderSteps</c>) and are passed in as <c>steps</c>.
/// </summary>
public static class LanguagePacks
{
    /// <summary>
    /// The torch-free steps, in the order they run; each decides in its plan whether it applies. The whole pipeline is these
    /// followed by the encoder steps (<c>EncoderSteps.Pipeline</c> in <c>LangExpand.Pipeline.Encoders</c>).
    /// </summary>
    public static IReadOnlyList<IPipelineStep> DefaultSteps { get; } =
    [
        new ImportLexiconsStep(), new InflectionDataStep(), new ParallelTextStep(), new HoldOutStep(), new InduceLexiconStep(), new MergeLexiconStep(),
        new InflectionModelStep(), new LabelledSynthesisStep(), new MonoSynthesisStep(), new TaskProjectStep(), new TaskPeersStep(),
    ];

    /// <summary>
    /// Validates <paramref name="settings"/> for <paramref name="steps"/> (default <see cref="DefaultSteps"/>) before any work,
    /// then builds or resumes the pack with them (holding its <see cref="PackLock"/>: a second run on the pack is refused), or only with those before <paramref name="stopBefore"/> (<c>--stop-before</c>;
    /// the settings are still validated for all, so that a later phase does not fail on an input). <paramref name="inflectionKinds"/>
    /// are the inflection models besides the built-in ones that the <c>inflection-model</c> step may train (those that join
    /// <c>auto</c>) and the synthesis steps may load.
    /// </summary>
    public static PackSummary Add(PackSettings settings, IPipelineProgress progress, IReadOnlyList<IPipelineStep>? steps = null,
        IReadOnlyList<IInflectionModelKind>? inflectionKinds = null, string? stopBefore = null)
    {
        steps ??= DefaultSteps;
        var running = stopBefore is null ? steps : StepsBefore(stopBefore, steps);
        var request = RequestValidator.Validate(settings, steps) with { InflectionKinds = inflectionKinds ?? [] };
        var clock = Stopwatch.StartNew();
        var context = new PackContext(request);
        using var packLock = PackLock.Acquire(context.PackDirectory, progress.Warning);
        var inputs = PackInput.Of(request);
        var results = PipelineRunner.Run(context, running, progress);
        ReportWriter.Write(context.PackDirectory, request, inputs, results);
        ManifestWriter.Write(context.PackPath(PackLayout.Manifest), request, inputs, results, clock.Elapsed.TotalSeconds);
        progress.Finished(context.PackDirectory, clock.Elapsed.TotalSeconds);
        return new PackSummary(context.PackDirectory, results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The steps of <paramref name="steps"/> (default <see cref="DefaultSteps"/>) before the one named <paramref name="name"/>
    /// (for <c>--stop-before</c>); an unknown name is refused.
    /// </summary>
    public static IReadOnlyList<IPipelineStep> StepsBefore(string name, IReadOnlyList<IPipelineStep>? steps = null)
    {
        steps ??= DefaultSteps;
        return steps.Any(s => s.Name == name) ? [.. steps.TakeWhile(s => s.Name != name)]
            : throw new LangExpandException(ErrorCode.InvalidOption, $"--stop-before {name}: no such step", expected: string.Join(", ", steps.Select(s => s.Name)));
    }

    /// <summary>The pack path of shard <paramref name="shard"/>'s pseudo-monolingual text (<c>.shards/mono-K-of-N.txt</c>).</summary>
    public static string MonoShardPath(Shard shard) => $"{ShardDirectory}/mono-{shard.Index}-of-{shard.Count}.txt";

    /// <summary>
    /// Writes shard <paramref name="shard"/> of the pack's <c>synth-mono</c> step to <see cref="MonoShardPath"/> in the pack, with
    /// the inputs and options the step uses; the steps before it must have run (<c>--stop-before synth-mono</c>). The N shards
    /// concatenated in order, given back with <c>--mono-synthetic</c>, equal the step's own output. <paramref name="steps"/> and
    /// <paramref name="inflectionKinds"/> are those of the whole run (as in <see cref="Add"/>): the settings are validated for them.
    /// </summary>
    public static string SynthesiseMonoShard(PackSettings settings, Shard shard, IReadOnlyList<IPipelineStep>? steps = null,
        IReadOnlyList<IInflectionModelKind>? inflectionKinds = null)
    {
        steps ??= DefaultSteps;
        var request = RequestValidator.Validate(settings with { MonoSynthetic = null }, steps) with { InflectionKinds = inflectionKinds ?? [] };
        var context = new PackContext(request);
        var planned = PipelineRunner.Plan(context, steps);
        var (step, plan) = planned.SingleOrDefault(p => p.Step is MonoSynthesisStep);
        if (plan is null)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "this pack has no synth-mono step", expected: "parallel text or --mono-text, and a lexicon");
        }
        var missing = plan.Inputs.FirstOrDefault(i => i.InPack && !Path.Exists(context.PackPath(i.Path)));
        if (missing is not null)
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"{context.PackPath(missing.Path)} does not exist",
                expected: $"the steps before {step.Name} run first (add-language … --stop-before {step.Name})");
        }
        // A shard must come from the pack these options build: every step before synth-mono current for them.
        if (planned.TakeWhile(p => p.Step != step).FirstOrDefault(p => PipelineRunner.UpToDate(p.Step, p.Plan, PipelineRunner.HashInputs(p.Plan, context), context) is null)
            is { Step: { } stale })
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the pack's {stale.Name} step is not current for these inputs and options",
                expected: $"add-language … --stop-before {step.Name} with the same inputs and options first");
        }
        var output = context.PackPath(MonoShardPath(shard));
        var scratch = context.PackPath($"{ShardDirectory}/.work-{shard.Index}-of-{shard.Count}");
        try
        {
            MonoSynthesisStep.SynthesiseShard(new StepRun(context, plan, scratch, new Progress<string>()), output, shard);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        return output;
    }

    /// <summary>The pack directory of the shards' outputs (<c>.shards</c>); not a step output, left for the user to delete.</summary>
    public const string ShardDirectory = ".shards";
}
