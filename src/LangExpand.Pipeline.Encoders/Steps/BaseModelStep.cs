using System.Globalization;
using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Pretraining;
using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Steps;
using LangExpand.Torch.Runtime;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>base-model</c>: without <c>--base-model</c>, pretrains one (<c>langexpand pretrain</c>: its own Unigram tokenizer and an
/// XLM-R-style encoder of <c>--preset</c>, <c>--pretrain-steps</c> MLM steps) on the source side of the training verses only,
/// so that it knows nothing of the new language: <c>adaptation/base/</c> and its loss curve. Before any step runs it checks the
/// preset's name and a given <c>--base-model</c> (config, tokenizer, weight headers).
/// </summary>
public sealed class BaseModelStep : IValidatingStep
{
    /// <inheritdoc />
    public string Name => "base-model";

    /// <inheritdoc />
    public void Validate(PackRequest request)
    {
        if (EncoderSettings.Of(request) is null)
        {
            return;
        }
        TorchRuntime.EnsureLoaded();
        _ = TorchDevices.Resolve(request.Adaptation!.Device);
        if (request.BaseModel is not { } model)
        {
            return;
        }
        if (!Directory.Exists(model))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"--base-model {model} is not a directory", expected: "a pretrained encoder directory (Hugging Face layout)");
        }
        EncoderCheckpoint.Check(model);
    }

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (EncoderSettings.Of(request) is not { } encoder || request.BaseModel is not null || !context.Produces(HoldOutStep.Train(request.Source)))
        {
            return null;
        }
        var options = new Dictionary<string, string>
        {
            ["preset"] = encoder.Preset.Name, ["batch"] = $"{encoder.BatchSize}x{encoder.SequenceLength}", ["steps"] = encoder.Request.PretrainSteps.ToString(CultureInfo.InvariantCulture),
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture), ["device"] = AdaptationPaths.DeviceName(context),
        };
        return new StepPlan([StepInput.Pack(HoldOutStep.Train(request.Source))], options, [AdaptationPaths.Base, AdaptationPaths.PretrainCurve]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var encoder = EncoderSettings.Of(request)!;
        var device = AdaptationPaths.Device(run.Context);
        var options = encoder.MlmOptions(encoder.Request.PretrainSteps, request.Seed);
        var curve = new LossCurve(run.Progress, "pretraining");
        var result = Pretrainer.Run([run.Input(HoldOutStep.Train(request.Source))], run.Output(AdaptationPaths.Base), encoder.Preset, device, options, curve);
        curve.Write(run.Output(AdaptationPaths.PretrainCurve));
        return new StepOutcome(new Dictionary<string, long> { ["steps"] = result.Steps, ["tokens"] = result.Tokens },
            new Dictionary<string, double> { ["first_loss"] = Math.Round(result.FirstLoss, 4), ["last_loss"] = Math.Round(result.LastLoss, 4) });
    }
}
