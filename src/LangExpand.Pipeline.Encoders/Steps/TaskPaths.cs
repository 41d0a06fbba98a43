using System.Globalization;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>Pack paths, stage names and shared inputs of the task-model steps (<c>task-finetune</c>, <c>task-distil</c>, <c>task-evaluate</c>).</summary>
public static class TaskPaths
{
    /// <summary>The fine-tuned stage models, one directory each (Hugging Face token-classification layout).</summary>
    public const string Stages = "task/stages";

    /// <summary>The pack's task model: the final stage, with its tokenizer.</summary>
    public const string Model = "task/model";

    /// <summary>Which stage is the teacher and which the final model, and why (JSON).</summary>
    public const string Choice = "task/choice.json";

    /// <summary>Every stage and peer scored on the target test file (JSON).</summary>
    public const string Evaluation = "task/evaluation.json";

    /// <summary>Trained on the source-language task data only (zero-shot transfer).</summary>
    public const string ZeroShot = "zero_shot";

    /// <summary>Trained on the synthetic target-language data.</summary>
    public const string Synthetic = "synthetic";

    /// <summary>Trained on the synthetic data together with the source data.</summary>
    public const string SyntheticSource = "synthetic_source";

    /// <summary>Trained on the synthetic data together with the UPOS projected onto target sentences (<see cref="TaskProjectStep"/>).</summary>
    public const string SyntheticProjected = "synthetic_projected";

    /// <summary>Trained on the teacher's silver labels over target text plus the synthetic data.</summary>
    public const string Distilled = "distilled";

    /// <summary>Every stage <c>task-finetune</c> may train, in order.</summary>
    public static IReadOnlyList<string> FineTuned { get; } = [ZeroShot, Synthetic, SyntheticSource, SyntheticProjected];

    /// <summary>The stages <c>task-finetune</c> trains for this pack: <see cref="SyntheticProjected"/> only when <c>task-project</c> runs.</summary>
    public static IReadOnlyList<string> FineTunedFor(PackContext context) =>
        [.. FineTuned.Where(stage => stage != SyntheticProjected || context.Produces(TaskProjectStep.Output))];

    /// <summary>The pack directory of a stage's model.</summary>
    public static string Stage(string stage) => $"{Stages}/{stage.Replace('_', '-')}";

    /// <summary>True when the task-model steps apply: the encoder steps do and synthetic labelled data is made.</summary>
    public static bool Applies(PackContext context) => AdaptationPaths.Applies(context) && context.Produces(LabelledSynthesisStep.Output);

    /// <summary>
    /// The projected sentences repeated until they are at least half as many as the synthetic ones (at least once): real
    /// target sentences are few beside the synthetic ones for a New Testament, and repeating them lifted the Armenian dev UPOS
    /// of the projected stage from 54.9 to 58.1 (Spanish, whose projected sentences outnumber its synthetic ones, is unchanged).
    /// </summary>
    public static IReadOnlyList<TaggedSentence> Weighted(IReadOnlyList<TaggedSentence> projected, int synthetic) =>
        projected.Count == 0 ? [] : [.. Enumerable.Repeat(projected, Math.Max(1, (synthetic + 2 * projected.Count - 1) / (2 * projected.Count))).SelectMany(p => p)];

    /// <summary>The fine-tuning settings of every stage.</summary>
    public static TaggingOptions Options(PackContext context) =>
        new() { Steps = context.Request.Adaptation!.TaskSteps, Seed = context.Request.Seed, WithFeatures = true, WordPooling = EncoderConfig.MeanOfSubwords, LearningRate = 6e-4 };

    /// <summary>The options a task-model step records: steps, batch, learning rate, seed, device.</summary>
    public static Dictionary<string, string> RecordedOptions(PackContext context)
    {
        var options = Options(context);
        return new Dictionary<string, string>
        {
            ["task_steps"] = options.Steps.ToString(CultureInfo.InvariantCulture), ["batch"] = options.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["learning_rate"] = options.LearningRate.ToString("R", CultureInfo.InvariantCulture), ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["labels"] = "upos|feats", ["word_pooling"] = options.WordPooling, ["device"] = AdaptationPaths.DeviceName(context),
            ["projected_weight"] = "repeated to at least half the synthetic sentences", ["decoding"] = "UPOS marginal, then its best label",
        };
    }

}
