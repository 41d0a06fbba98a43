using LangExpand.Adaptation.Evaluation;
using LangExpand.Core.Annotated;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>task-finetune</c>: UPOS|FEATS taggers fine-tuned from the adapted model (<c>adaptation/model</c>) for
/// <c>--task-steps</c> steps each: on the source task data only (<c>zero_shot</c>), on the synthetic target data
/// (<c>synthetic</c>), on both (<c>synthetic_source</c>, pseudo-labelled training), and, when <c>task-project</c> ran, on the
/// synthetic data with the projected target sentences (<c>synthetic_projected</c>, partial labels): <c>task/stages/*/</c>.
/// </summary>
public sealed class TaskFineTuneStep : IPipelineStep
{
    /// <inheritdoc />
    public string Name => "task-finetune";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!TaskPaths.Applies(context))
        {
            return null;
        }
        var inputs = new List<StepInput> { StepInput.Pack(AdaptationPaths.Model), StepInput.Pack(LabelledSynthesisStep.Output) };
        inputs.AddRange(context.Request.TaskData.Select((t, k) => StepInput.User($"task_data[{k}]", t)));
        if (context.Produces(TaskProjectStep.Output))
        {
            inputs.Add(StepInput.Pack(TaskProjectStep.Output));
        }
        return new StepPlan(inputs, TaskPaths.RecordedOptions(context), [.. TaskPaths.FineTunedFor(context).Select(TaskPaths.Stage)]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var source = run.Plan.Inputs.Where(i => i.Name.StartsWith("task_data", StringComparison.Ordinal)).SelectMany(i => TaggedData.Read(run.Input(i.Name), withFeatures: true)).ToList();
        var synthetic = LabelledSynthesisStep.Sentences(run.Input(LabelledSynthesisStep.Output));
        var projected = run.OptionalInput(TaskProjectStep.Output) is { } file ? TaggedData.Read(file, withFeatures: true) : [];
        var data = new Dictionary<string, IReadOnlyList<TaggedSentence>>
        {
            [TaskPaths.ZeroShot] = source, [TaskPaths.Synthetic] = synthetic, [TaskPaths.SyntheticSource] = [.. synthetic, .. source],
            [TaskPaths.SyntheticProjected] = [.. synthetic, .. TaskPaths.Weighted(projected, synthetic.Count)],
        };
        var options = TaskPaths.Options(run.Context);
        foreach (var stage in TaskPaths.FineTunedFor(run.Context))
        {
            run.Progress.Report($"fine-tuning the {stage} tagger on {data[stage].Count} sentences");
            MorphoTagging.Train(run.Input(AdaptationPaths.Model), data[stage], run.Output(TaskPaths.Stage(stage)), options, AdaptationPaths.Device(run.Context));
        }
        return StepOutcome.Of(new Dictionary<string, long> { ["source_sentences"] = source.Count, ["synthetic_sentences"] = synthetic.Count, ["projected_sentences"] = projected.Count });
    }
}
