using LangExpand.Pipeline.Steps;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>Pack paths and shared inputs of the encoder steps.</summary>
public static class AdaptationPaths
{
    /// <summary>The pretrained base model (when no <c>--base-model</c> is given).</summary>
    public const string Base = "adaptation/base";

    /// <summary>The base model with the new language's subwords added.</summary>
    public const string Extended = "adaptation/extended";

    /// <summary>The adapted model (extended, then continued MLM): the pack's model, Hugging Face layout.</summary>
    public const string Model = "adaptation/model";

    /// <summary>The pretraining loss per step (TSV).</summary>
    public const string PretrainCurve = "adaptation/curves/pretrain-loss.tsv";

    /// <summary>The continued-MLM loss per step (TSV).</summary>
    public const string AdaptCurve = "adaptation/curves/adapt-loss.tsv";

    /// <summary>The before/after evaluation (JSON).</summary>
    public const string Evaluation = "adaptation/evaluation.json";

    /// <summary>The base model: <c>--base-model</c> when given, else <see cref="Base"/>.</summary>
    public static StepInput BaseModel(PackContext context) =>
        context.Request.BaseModel is { } model ? StepInput.User("base_model", model) : StepInput.Pack(Base);

    /// <summary>
    /// True when the encoder steps apply: not <c>--no-adapt</c>, held-out verses exist for retrieval, and a base model is
    /// given or will be pretrained.
    /// </summary>
    public static bool Applies(PackContext context) =>
        context.Request.Adaptation is not null && context.Produces(HoldOutStep.HeldOut(context.Request.Language))
        && (context.Request.BaseModel is not null || context.Produces(Base));

    /// <summary>The new language's training text: the target side of the training verses and, when made, the pseudo-monolingual text.</summary>
    public static List<StepInput> TargetText(PackContext context)
    {
        var inputs = new List<StepInput> { StepInput.Pack(HoldOutStep.Train(context.Request.Language)) };
        if (context.Produces(MonoSynthesisStep.Output))
        {
            inputs.Add(StepInput.Pack(MonoSynthesisStep.Output));
        }
        return inputs;
    }

    /// <summary>The source side of the training verses, paired verse by verse with <see cref="TargetText"/>'s first file.</summary>
    public static StepInput SourceVerses(PackContext context) => StepInput.Pack(HoldOutStep.Train(context.Request.Source));

    /// <summary>
    /// The device of every encoder step: <c>--device</c> resolved (<c>auto</c>: the first CUDA GPU when present, else the CPU,
    /// where seeded training repeats exactly).
    /// </summary>
    public static Device Device(PackContext context)
    {
        TorchRuntime.EnsureLoaded();
        return TorchDevices.Resolve(context.Request.Adaptation!.Device);
    }

    /// <summary>The resolved device as a step records it among its options (<c>cpu</c>, <c>cuda:0</c>), so a run on other hardware reruns the step.</summary>
    public static string DeviceName(PackContext context)
    {
        var device = Device(context);
        return device.type == DeviceType.CPU ? "cpu" : $"cuda:{device.index}";
    }
}
