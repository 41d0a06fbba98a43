using System.Globalization;
using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Vocabulary;
using LangExpand.Pipeline.Steps;
using LangExpand.Tokenization.Extension;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>extend-vocab</c>: adds the new language's subwords to the base model's tokenizer (trained on the target side of the
/// training verses plus the pseudo-monolingual text; never on held-out verses) and resizes its embeddings, each new row
/// starting from the source subwords it aligns to in the training verses, or as the mean of its old pieces
/// (<c>langexpand adapt extend-vocab --parallel-source</c>): <c>adaptation/extended/</c>.
/// </summary>
public sealed class ExtendVocabularyStep : IPipelineStep
{
    /// <inheritdoc />
    public string Name => "extend-vocab";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!AdaptationPaths.Applies(context))
        {
            return null;
        }
        var inputs = new List<StepInput> { AdaptationPaths.BaseModel(context), AdaptationPaths.SourceVerses(context) };
        inputs.AddRange(AdaptationPaths.TargetText(context));
        var options = new Dictionary<string, string>
        {
            ["max_new_tokens"] = EncoderSettings.Of(context.Request)!.MaxNewTokens.ToString(CultureInfo.InvariantCulture), ["initialisation"] = "aligned",
        };
        return new StepPlan(inputs, options, [AdaptationPaths.Extended]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var baseModel = run.Input(run.Plan.Inputs[0].Name);
        var sourceVerses = run.Input(run.Plan.Inputs[1].Name);
        var targetPaths = run.Plan.Inputs.Skip(2).Select(i => run.Input(i.Name)).ToList();
        var text = TextCorpus.ReadAll(targetPaths);
        run.Progress.Report($"training a tokenizer on {text.Count} target lines");
        AdaptationPaths.Device(run.Context);
        var extension = EmbeddingExtension.ExtendDirectory(baseModel, text, run.Output(AdaptationPaths.Extended),
            new VocabularyExtensionOptions { MaxNewTokens = EncoderSettings.Of(run.Context.Request)!.MaxNewTokens }, VersePairs.Training(sourceVerses, targetPaths));
        return StepOutcome.Of(new Dictionary<string, long>
        {
            ["target_lines"] = text.Count, ["new_tokens"] = extension.NewTokens.Count, ["vocabulary"] = extension.NewVocabularySize,
        });
    }
}
