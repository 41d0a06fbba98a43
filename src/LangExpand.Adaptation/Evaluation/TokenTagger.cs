using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Training;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Token classification (POS, NER): a <see cref="TokenClassificationModel"/> initialised from a masked language model is
/// fine-tuned on labelled words (each word labelled at its first subword) for a fixed number of steps, then scored by word
/// accuracy on test sentences. Labels absent from training count as errors.
/// </summary>
public static class TokenTagger
{
    /// <summary>Fine-tunes a tagger from <paramref name="baseModel"/> on <paramref name="train"/> and returns its word accuracy on <paramref name="test"/>.</summary>
    public static double TrainAndScore(LoadedEncoder baseModel, IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> test, TaggingOptions options, Device device)
    {
        if (train.Count == 0 || test.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "token classification needs training and test sentences");
        }
        var labels = train.SelectMany(s => s.Tokens).Select(t => t.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        TorchRuntime.Seed(options.Seed);
        using var model = new TokenClassificationModel(baseModel.Config, labels.Count);
        WeightInitializer.Initialize(model, baseModel.Config);
        var tensors = EncoderCheckpoint.CpuTensors(baseModel.Model);
        WeightLoader.Load(model, baseModel.Config, tensors, "base model", new WeightLoadOptions { NewParameterPrefixes = ["classifier."], IgnoredPrefixes = ["lm_head.", "cls."] });
        model.to(device);
        Train(model, baseModel.Tokenizer, train, labelIds, options, device);
        return Score(model, baseModel.Tokenizer, test, labelIds, device);
    }

    private static void Train(TokenClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<TaggedSentence> train,
        Dictionary<string, int> labelIds, TaggingOptions options, Device device)
    {
        using var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: 0.01);
        var order = Enumerable.Range(0, train.Count).ToArray();
        new Random(unchecked((int)options.Seed)).Shuffle(order);
        var warmup = Math.Max(1, options.Steps / 10);
        model.train();
        for (var step = 0; step < options.Steps; step++)
        {
            using var scope = NewDisposeScope();
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = LinearSchedule.At(step, options.Steps, warmup, options.LearningRate);
            }
            random.manual_seed(options.Seed * 1_000_033 + step);
            var batch = Enumerable.Range(step * options.BatchSize, options.BatchSize).Select(i => train[order[i % order.Length]]).ToList();
            var (ids, mask, starts, gold) = Encode(batch, tokenizer, model.Encoder.Config.MaxSequenceLength, labelIds, device);
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(model.Logits(ids, mask, starts), gold);
            loss.backward();
            nn.utils.clip_grad_norm_(model.parameters(), 1.0);
            optimizer.step();
        }
        model.eval();
    }

    private static double Score(TokenClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<TaggedSentence> test, Dictionary<string, int> labelIds, Device device)
    {
        using var noGrad = no_grad();
        var (correct, total) = (0L, 0L);
        foreach (var chunk in test.Chunk(32))
        {
            using var scope = NewDisposeScope();
            var (ids, mask, starts, gold) = Encode(chunk, tokenizer, model.Encoder.Config.MaxSequenceLength, labelIds, device);
            var predicted = model.Logits(ids, mask, starts).argmax(1);
            correct += predicted.eq(gold).sum().item<long>();
            total += chunk.Sum(s => s.Tokens.Count);
        }
        return (double)correct / total;
    }

    private static (Tensor Ids, Tensor Mask, Tensor Starts, Tensor Gold) Encode(IReadOnlyList<TaggedSentence> sentences, ISubwordTokenizer tokenizer,
        int maxLength, Dictionary<string, int> labelIds, Device device)
    {
        var rows = new List<IReadOnlyList<int>>();
        var startRows = new List<int[]>();
        var gold = new List<long>();
        foreach (var sentence in sentences)
        {
            var encoded = tokenizer.EncodeWords(sentence.Tokens.Select(t => t.Token).ToList());
            var ids = SentenceEmbedder.Truncate(encoded.Ids, maxLength, tokenizer.Special.Sep);
            var kept = Enumerable.Range(0, sentence.Tokens.Count).Where(w => encoded.WordStarts[w] < ids.Count - 1).ToList();
            rows.Add(ids);
            startRows.Add(kept.Select(w => encoded.WordStarts[w]).ToArray());
            gold.AddRange(kept.Select(w => labelIds.TryGetValue(sentence.Tokens[w].Label, out var id) ? id : -1L));
        }
        var (idTensor, mask) = SentenceEmbedder.Pad(rows, tokenizer.Special.Pad, device);
        var starts = zeros(idTensor.shape, ScalarType.Bool);
        for (var r = 0; r < startRows.Count; r++)
        {
            foreach (var position in startRows[r])
            {
                starts[r, position] = true;
            }
        }
        return (idTensor, mask, starts.to(device), tensor(gold.ToArray()).to(device));
    }
}
