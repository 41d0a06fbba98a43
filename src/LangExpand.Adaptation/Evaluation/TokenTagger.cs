using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Token classification (POS, NER): a <see cref="TokenClassificationModel"/> initialised from a masked language model is
/// fine-tuned on labelled words (each word read at its first subword or as the mean of its subwords) for a fixed number of
/// steps, then scored by word accuracy (and span F1 for BIO labels) on test sentences. Labels absent from training count as
/// errors. Partial labels (<see cref="MorphoLabel.IsPartial"/>) train by the marginal likelihood of the labels they allow.
/// </summary>
public static class TokenTagger
{
    /// <summary>Fine-tunes a tagger from <paramref name="baseModel"/> on <paramref name="train"/> and returns its word accuracy on <paramref name="test"/>.</summary>
    public static double TrainAndScore(LoadedEncoder baseModel, IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> test, TaggingOptions options, Device device)
    {
        using var model = Train(baseModel, train, options, device);
        return Score(model, baseModel.Tokenizer, test, device).Accuracy;
    }

    /// <summary>
    /// A <see cref="TokenClassificationModel"/> initialised from <paramref name="baseModel"/> and fine-tuned on
    /// <paramref name="train"/>; its configuration's <see cref="EncoderConfig.Labels"/> are the training labels in ordinal order.
    /// </summary>
    public static TokenClassificationModel Train(LoadedEncoder baseModel, IReadOnlyList<TaggedSentence> train, TaggingOptions options, Device device)
    {
        if (train.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "token classification needs training sentences");
        }
        var labels = train.SelectMany(s => s.Tokens).Select(t => t.Label).Where(l => !MorphoLabel.IsPartial(l)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (labels.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "token classification needs words with a whole label", expected: "at least one word whose UPOS (and FEATS) are known");
        }
        var config = baseModel.Config with { Labels = labels, WordPooling = options.WordPooling };
        var model = FineTuning.FromBase(baseModel, config, () => new TokenClassificationModel(config, labels.Count), ["classifier."], options.Seed, device);
        var labelIds = FineTuning.LabelIds(labels);
        FineTuning.Fit(model, train.Count, options, batch =>
        {
            var sentences = batch.Select(i => train[i]).ToList();
            var (ids, mask, starts, gold, kept) = Encode(sentences, baseModel.Tokenizer, config, labelIds, device);
            var logits = model.Logits(ids, mask, starts);
            return PartialLabels.Allowed(sentences, kept, labels, device) is { } allowed
                ? PartialLabels.Loss(logits, allowed)
                : nn.functional.cross_entropy(logits, gold);
        });
        return model;
    }

    /// <summary>
    /// The label <paramref name="model"/> predicts for each word of <paramref name="sentences"/> (their labels are ignored), or null
    /// for a word cut off by the length limit. Joint UPOS|FEATS labels are decoded by <see cref="MarginalDecoding"/>.
    /// </summary>
    public static IReadOnlyList<string?[]> Predict(TokenClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<TaggedSentence> sentences, Device device)
    {
        var labels = model.Encoder.Config.Labels ?? throw new ArgumentException("the model has no labels", nameof(model));
        var labelIds = FineTuning.LabelIds(labels);
        using var noGrad = no_grad();
        using var uposGroups = MorphoLabel.AreJoint(labels) ? MarginalDecoding.UposGroups(labels, device) : null;
        var predicted = new List<string?[]>();
        foreach (var chunk in sentences.Chunk(32))
        {
            using var scope = NewDisposeScope();
            var (ids, mask, starts, _, kept) = Encode(chunk, tokenizer, model.Encoder.Config, labelIds, device);
            var logits = model.Logits(ids, mask, starts);
            var best = (uposGroups is null ? logits.argmax(1) : MarginalDecoding.Best(logits, uposGroups)).cpu().data<long>().ToArray();
            var next = 0;
            for (var s = 0; s < chunk.Length; s++)
            {
                var tags = new string?[chunk[s].Tokens.Count];
                foreach (var word in kept[s])
                {
                    tags[word] = labels[(int)best[next++]];
                }
                predicted.Add(tags);
            }
        }
        return predicted;
    }

    /// <summary>Word accuracy and, for BIO labels, span F1 of <paramref name="model"/> on <paramref name="test"/>.</summary>
    public static TaggingScore Score(TokenClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<TaggedSentence> test, Device device)
    {
        if (test.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "token classification needs test sentences");
        }
        var predicted = Predict(model, tokenizer, test, device);
        var labels = model.Encoder.Config.Labels!;
        var gold = test.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Label).ToList()).ToList();
        var correct = test.Select((_, s) => (long)gold[s].Where((label, w) => predicted[s][w] == label).Count()).Sum();
        var total = gold.Sum(g => (long)g.Count);
        double? spanF1 = BioSpans.AreBio(labels)
            ? BioSpans.F1(gold, predicted.Select(tags => (IReadOnlyList<string>)tags.Select(t => t ?? "O").ToList()).ToList())
            : null;
        return new TaggingScore((double)correct / total, spanF1, total) { Morphology = MorphoLabel.AreJoint(labels) ? Morphology(gold, predicted, total) : null };
    }

    private static (double Upos, double Ufeats) Morphology(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<string?[]> predicted, long total)
    {
        var agreements = gold.SelectMany((labels, s) => labels.Select((label, w) => MorphoLabel.Agreement(label, predicted[s][w]))).ToList();
        return ((double)agreements.Count(a => a.Upos) / total, (double)agreements.Count(a => a.Feats) / total);
    }

    /// <summary>
    /// The batch of <paramref name="sentences"/>: ids, attention mask, the word selector of <see cref="TokenClassificationModel.Logits"/>
    /// (first subwords, or a mean-pooling matrix for <see cref="EncoderConfig.MeanOfSubwords"/>), gold label ids (-1 unknown) and
    /// the words kept within the length limit.
    /// </summary>
    internal static (Tensor Ids, Tensor Mask, Tensor Words, Tensor Gold, List<List<int>> Kept) Encode(IReadOnlyList<TaggedSentence> sentences,
        ISubwordTokenizer tokenizer, EncoderConfig config, Dictionary<string, int> labelIds, Device device)
    {
        var rows = new List<IReadOnlyList<int>>();
        var keptRows = new List<List<int>>();
        var spans = new List<(int Row, int Start, int End)>();
        var gold = new List<long>();
        foreach (var sentence in sentences)
        {
            var encoded = tokenizer.EncodeWords(sentence.Tokens.Select(t => t.Token).ToList());
            var ids = SentenceEmbedder.Truncate(encoded.Ids, config.MaxSequenceLength, tokenizer.Special.Sep);
            var kept = Enumerable.Range(0, sentence.Tokens.Count).Where(w => encoded.WordStarts[w] < ids.Count - 1).ToList();
            int End(int w) => Math.Min(w + 1 < encoded.WordStarts.Count ? encoded.WordStarts[w + 1] : encoded.Ids.Count - 1, ids.Count - 1);
            spans.AddRange(kept.Select(w => (rows.Count, encoded.WordStarts[w], End(w))));
            rows.Add(ids);
            keptRows.Add(kept);
            gold.AddRange(kept.Select(w => labelIds.TryGetValue(sentence.Tokens[w].Label, out var id) ? id : -1L));
        }
        var (idTensor, mask) = SentenceEmbedder.Pad(rows, tokenizer.Special.Pad, device);
        var width = (int)idTensor.shape[1];
        var words = config.WordPooling == EncoderConfig.MeanOfSubwords ? MeanPooling(spans, rows.Count * width, width) : FirstSubwords(spans, rows.Count, width);
        return (idTensor, mask, words.to(device), tensor(gold.ToArray()).to(device), keptRows);
    }

    private static Tensor FirstSubwords(IReadOnlyList<(int Row, int Start, int End)> spans, int rows, int width)
    {
        var flat = new bool[rows * width];
        foreach (var (row, start, _) in spans)
        {
            flat[row * width + start] = true;
        }
        return tensor(flat, [rows, width]);
    }

    private static Tensor MeanPooling(IReadOnlyList<(int Row, int Start, int End)> spans, int positions, int width)
    {
        var weights = new float[spans.Count * positions];
        foreach (var (word, (row, start, end)) in spans.Index())
        {
            for (var position = start; position < end; position++)
            {
                weights[word * positions + row * width + position] = 1f / (end - start);
            }
        }
        return tensor(weights, [spans.Count, positions]);
    }
}
