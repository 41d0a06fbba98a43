using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// The task model of a language pack: a token classifier that predicts each word's joint <c>UPOS|FEATS</c> label
/// (<see cref="MorphoLabel"/>), fine-tuned from a masked language model directory, saved in Hugging Face
/// <c>…ForTokenClassification</c> layout with its tokenizer, scored by UPOS and UFeats accuracy, and used as a teacher
/// that labels raw text for self-training (<see cref="SilverLabels"/>).
/// </summary>
public static class MorphoTagging
{
    /// <summary>Fine-tunes a tagger from <paramref name="baseModel"/> on <paramref name="train"/> (joint labels) and saves it into <paramref name="output"/>.</summary>
    public static void Train(string baseModel, IReadOnlyList<TaggedSentence> train, string output, TaggingOptions options, Device device)
    {
        options.Validate();
        var loaded = EncoderCheckpoint.LoadMaskedLm(baseModel, device);
        using var tagger = TokenTagger.Train(loaded, train, options, device);
        loaded.Model.Dispose();
        EncoderCheckpoint.Save(output, tagger, tagger.Encoder.Config, loaded.Tokenizer);
    }

    /// <summary>UPOS and UFeats accuracy (fractions) of the tagger in <paramref name="model"/> on the gold CoNLL-U file <paramref name="gold"/>.</summary>
    public static (double Upos, double Ufeats) Score(string model, string gold, Device device)
    {
        using var classifier = Load(model, device);
        var score = TokenTagger.Score((TokenClassificationModel)classifier.Model, classifier.Tokenizer, TaggedData.Gold(gold, withFeatures: true), device);
        return score.Morphology!.Value;
    }

    /// <summary>The lines of <paramref name="text"/> cut into words and labelled by the tagger in <paramref name="model"/> (see <see cref="SilverLabels"/>).</summary>
    public static IReadOnlyList<TaggedSentence> Silver(string model, IEnumerable<string> text, Device device)
    {
        using var classifier = Load(model, device);
        return SilverLabels.Label((TokenClassificationModel)classifier.Model, classifier.Tokenizer, SilverLabels.Words(text), device);
    }

    private static LoadedClassifier Load(string model, Device device)
    {
        var classifier = ClassifierCheckpoint.Load(model, device);
        if (classifier.Model is not TokenClassificationModel || !MorphoLabel.AreJoint(classifier.Config.Labels!))
        {
            classifier.Dispose();
            throw new LangExpandException(ErrorCode.InvalidModel, $"{model} is not a UPOS|FEATS tagger", new SourceLocation(Path.Combine(model, EncoderConfigFile.FileName), 0),
                "a token classifier whose labels are UPOS|FEATS (adapt finetune --features, or a pack's task/model)");
        }
        return classifier;
    }
}
