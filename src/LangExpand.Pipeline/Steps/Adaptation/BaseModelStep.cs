using System.Globalization;
using LangExpand.Adaptation.Pretraining;

namespace LangExpand.Pipeline.Steps.Adaptation;

/// <summary>
/// <c>base-model</c>: without <c>--base-model</c>, pretrains one (<c>langexpand pretrain</c>: its own Unigram tokenizer and an
/// XLM-R-style encoder of <c>--preset</c>, <c>--pretrain-steps</c> MLM steps) on the source side of the training verses only,
/// so that it knows nothing of the new language: <c>adaptation/base/</c> and its loss curve.
/// </summary>
public sealed class BaseModelStep : IPipelineStep
{
    /// <inheritdoc />
    public string Name => "base-model";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (request.Adaptation is not { } adaptation || request.BaseModel is not null || !context.Produces(HoldOutStep.Train(request.Source)))
        {
            return null;
        }
        var options = new Dictionary<string, string>
        {
            ["preset"] = adaptation.Preset.Name, ["batch"] = $"{adaptation.BatchSize}x{adaptation.SequenceLength}", ["steps"] = adaptation.PretrainSteps.ToString(CultureInfo.InvariantCulture),
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture), ["device"] = "cpu",
        };
        return new StepPlan([StepInput.Pack(HoldOutStep.Train(request.Source))], options, [AdaptationPaths.Base, AdaptationPaths.PretrainCurve]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var adaptation = request.Adaptation!;
        var device = AdaptationPaths.Device();
        var options = adaptation.MlmOptions(adaptation.PretrainSteps, request.Seed);
        var curve = new LossCurve(run.Progress, "pretraining");
        var result = Pretrainer.Run([run.Input(HoldOutStep.Train(request.Source))], run.Output(AdaptationPaths.Base), adaptation.Preset, device, options, curve);
        curve.Write(run.Output(AdaptationPaths.PretrainCurve));
        return new StepOutcome(new Dictionary<string, long> { ["steps"] = result.Steps, ["tokens"] = result.Tokens },
            new Dictionary<string, double> { ["first_loss"] = Math.Round(result.FirstLoss, 4), ["last_loss"] = Math.Round(result.LastLoss, 4) });
    }
}
