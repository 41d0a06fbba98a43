using System.Diagnostics;
using LangExpand.Pipeline.Pack;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.Pipeline.Steps.Adaptation;

namespace LangExpand.Pipeline;

/// <summary>What <see cref="LanguagePacks.Add"/> did.</summary>
/// <param name="PackDirectory">The pack (absolute).</param>
/// <param name="Steps">Each applicable step's result, in order.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record PackSummary(string PackDirectory, IReadOnlyList<StepResult> Steps, double Seconds);

/// <summary>
/// <c>langexpand add-language</c>: validates every input, runs the steps (resumably) and writes <c>manifest.yaml</c> and
/// <c>report.md</c>. To add a step, implement <see cref="IPipelineStep"/> and insert it into <see cref="DefaultSteps"/>.
/// </summary>
public static class LanguagePacks
{
    /// <summary>The pipeline's steps, in the order they run; each decides in its plan whether it applies.</summary>
    public static IReadOnlyList<IPipelineStep> DefaultSteps { get; } =
    [
        new ImportLexiconsStep(), new InflectionDataStep(), new ParallelTextStep(), new HoldOutStep(), new InduceLexiconStep(), new MergeLexiconStep(),
        new InflectionModelStep(), new LabelledSynthesisStep(), new MonoSynthesisStep(),
        new BaseModelStep(), new ExtendVocabularyStep(), new AdaptMlmStep(), new EvaluateStep(),
    ];

    /// <summary>Validates <paramref name="settings"/> (before any work), then builds or resumes the pack.</summary>
    public static PackSummary Add(PackSettings settings, IPipelineProgress progress, IReadOnlyList<IPipelineStep>? steps = null)
    {
        steps ??= DefaultSteps;
        var request = RequestValidator.Validate(settings, [.. steps.Select(s => s.Name)]);
        var clock = Stopwatch.StartNew();
        var context = new PackContext(request);
        var inputs = PackInput.Of(request);
        var results = PipelineRunner.Run(context, steps, progress);
        ReportWriter.Write(context.PackDirectory, request, inputs, results);
        ManifestWriter.Write(context.PackPath(PackLayout.Manifest), request, inputs, results, clock.Elapsed.TotalSeconds);
        progress.Finished(context.PackDirectory, clock.Elapsed.TotalSeconds);
        return new PackSummary(context.PackDirectory, results, clock.Elapsed.TotalSeconds);
    }
}
