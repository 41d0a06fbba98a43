using System.Globalization;
using LangExpand.Adaptation.Training;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>adapt-mlm</c>: continued masked-language-model training of the extended model on the new language's training verses
/// (<c>--adapt-steps</c> steps with the preset's learning rate and the CPU batch of <see cref="EncoderSettings.MlmOptions"/>),
/// each next to its translation and the word embeddings frozen where extend-vocab aligned them
/// (<c>langexpand adapt mlm --parallel-source … --train body</c>). The pseudo-monolingual text trains the tokenizer
/// (extend-vocab) but not this step: next to translation pairs it lowered retrieval (Basque pack 25.8 → 22.0 %, dev split
/// 27.2 → 25.6 %) and left POS transfer unchanged (docs/BENCHMARKS.md):
/// <c>adaptation/model/</c>, the pack's adapted model and tokenizer, and its loss curve.
/// </summary>
public sealed class AdaptMlmStep : IPipelineStep
{
    /// <inheritdoc />
    public string Name => "adapt-mlm";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!AdaptationPaths.Applies(context))
        {
            return null;
        }
        var request = context.Request;
        var encoder = EncoderSettings.Of(request)!;
        var inputs = new List<StepInput> { StepInput.Pack(AdaptationPaths.Extended), AdaptationPaths.SourceVerses(context), AdaptationPaths.TargetText(context)[0] };
        var options = new Dictionary<string, string>
        {
            ["preset"] = encoder.Preset.Name, ["batch"] = $"{encoder.BatchSize}x{encoder.SequenceLength}", ["steps"] = encoder.Request.AdaptSteps.ToString(CultureInfo.InvariantCulture),
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture), ["device"] = AdaptationPaths.DeviceName(context), ["train"] = "body", ["objective"] = "mlm+tlm",
        };
        return new StepPlan(inputs, options, [AdaptationPaths.Model, AdaptationPaths.AdaptCurve]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var encoder = EncoderSettings.Of(request)!;
        var options = encoder.MlmOptions(encoder.Request.AdaptSteps, request.Seed) with { Trainable = TrainableWeights.Body };
        var curve = new LossCurve(run.Progress, "continued MLM");
        var text = run.Plan.Inputs.Skip(2).Select(i => run.Input(i.Name)).ToList();
        var result = ContinuedPretraining.Run(run.Input(AdaptationPaths.Extended), text, heldOutLast: 0, run.Output(AdaptationPaths.Model), options, AdaptationPaths.Device(run.Context), curve,
            parallelSource: run.Input(run.Plan.Inputs[1].Name));
        curve.Write(run.Output(AdaptationPaths.AdaptCurve));
        return new StepOutcome(new Dictionary<string, long> { ["steps"] = result.Steps, ["tokens"] = result.Tokens },
            new Dictionary<string, double> { ["first_loss"] = Math.Round(result.FirstLoss, 4), ["last_loss"] = Math.Round(result.LastLoss, 4) });
    }
}
