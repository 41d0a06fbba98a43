using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Sequence classification (intents): a <see cref="SequenceClassificationModel"/> initialised from a masked language model is
/// fine-tuned on labelled utterances for a fixed number of steps, then scored by accuracy and macro F1 on test utterances.
/// Intents absent from training count as errors.
/// </summary>
public static class IntentClassifier
{
    /// <summary>Fine-tunes a classifier from <paramref name="baseModel"/> on <paramref name="train"/> and scores it on <paramref name="test"/>.</summary>
    public static IntentScore TrainAndScore(LoadedEncoder baseModel, IReadOnlyList<IntentExample> train, IReadOnlyList<IntentExample> test, TaggingOptions options, Device device)
    {
        using var model = Train(baseModel, train, options, device);
        return Score(model, baseModel.Tokenizer, test, device);
    }

    /// <summary>
    /// A <see cref="SequenceClassificationModel"/> initialised from <paramref name="baseModel"/> (a BERT pooler from the checkpoint
    /// when it has one, else fresh) and fine-tuned on <paramref name="train"/>; its configuration's
    /// <see cref="EncoderConfig.Labels"/> are the training intents in ordinal order.
    /// </summary>
    public static SequenceClassificationModel Train(LoadedEncoder baseModel, IReadOnlyList<IntentExample> train, TaggingOptions options, Device device)
    {
        if (train.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "sequence classification needs training utterances");
        }
        var labels = train.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToList();
        var config = baseModel.Config with { Labels = labels, ClassifiesSequences = true };
        var model = FineTuning.FromBase(baseModel, config, () => new SequenceClassificationModel(config, labels.Count),
            ["classifier.", $"{config.BackboneName}.pooler."], options.Seed, device);
        var labelIds = FineTuning.LabelIds(labels);
        FineTuning.Fit(model, train.Count, options, batch =>
        {
            var (ids, mask) = SentenceEmbedder.Encode(batch.Select(i => train[i].Text), baseModel.Tokenizer, config.MaxSequenceLength, device);
            var gold = tensor(batch.Select(i => (long)labelIds[train[i].Intent]).ToArray()).to(device);
            return nn.functional.cross_entropy(model.Logits(ids, mask), gold);
        });
        return model;
    }

    /// <summary>The intents <paramref name="model"/> predicts for <paramref name="utterances"/>.</summary>
    public static IReadOnlyList<string> Predict(SequenceClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<string> utterances, Device device)
    {
        var labels = model.Encoder.Config.Labels ?? throw new ArgumentException("the model has no labels", nameof(model));
        using var noGrad = no_grad();
        var predicted = new List<string>();
        foreach (var chunk in utterances.Chunk(32))
        {
            using var scope = NewDisposeScope();
            var (ids, mask) = SentenceEmbedder.Encode(chunk, tokenizer, model.Encoder.Config.MaxSequenceLength, device);
            predicted.AddRange(model.Logits(ids, mask).argmax(1).cpu().data<long>().ToArray().Select(best => labels[(int)best]));
        }
        return predicted;
    }

    /// <summary>Accuracy and macro F1 of <paramref name="model"/> on <paramref name="test"/>.</summary>
    public static IntentScore Score(SequenceClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<IntentExample> test, Device device)
    {
        if (test.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "sequence classification needs test utterances");
        }
        var predicted = Predict(model, tokenizer, test.Select(e => e.Text).ToList(), device);
        return IntentScore.Of(test.Select(e => e.Intent).ToList(), predicted);
    }
}
