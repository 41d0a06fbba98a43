using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Parallel.Text;
using LangExpand.Tokenization;
using LangExpand.Tokenization.Extension;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Vocabulary;

/// <summary>
/// Extends a model's vocabulary with target-language subwords (<see cref="VocabularyExtender"/>) and resizes it to match:
/// old ids keep their embedding rows and MLM-bias entries (moved where the extension moved an id, such as XLM-R's
/// <c>&lt;mask&gt;</c>), and each new id starts as the mean of the rows of its pieces under the old tokenizer (the mean of all
/// old rows when it has none) — or, given parallel text, as the weighted mean of the rows of the source subwords it aligns to
/// (<see cref="TranslationAnchors"/>). The tied decoder follows the embeddings.
/// </summary>
public static class EmbeddingExtension
{
    /// <summary>
    /// Loads <paramref name="modelDirectory"/>, extends it with subwords of <paramref name="targetLines"/> and saves model,
    /// tokenizer and <see cref="VocabularyExtender.ExtensionFile"/> into <paramref name="outputDirectory"/>. With
    /// <paramref name="parallel"/> (source-language sentences paired with target-language ones), new tokens that the aligner
    /// links to source subwords start from those subwords' embeddings.
    /// </summary>
    public static VocabularyExtension ExtendDirectory(string modelDirectory, IEnumerable<string> targetLines, string outputDirectory,
        VocabularyExtensionOptions? options = null, IReadOnlyList<SentencePair>? parallel = null)
    {
        EncoderCheckpoint.EnsureNoModel(outputDirectory);
        var loaded = EncoderCheckpoint.LoadMaskedLm(modelDirectory);
        var (tokenizer, extension) = VocabularyExtender.Extend(loaded.Tokenizer, targetLines, options);
        var anchors = parallel is { Count: > 0 } ? TranslationAnchors.Find(loaded.Tokenizer, tokenizer, extension, parallel) : null;
        using var extended = Resize(loaded.Model, extension, anchors);
        EncoderCheckpoint.Save(outputDirectory, extended, tokenizer);
        VocabularyExtensionFile.Write(Path.Combine(outputDirectory, VocabularyExtender.ExtensionFile), extension);
        return extension;
    }

    /// <summary>
    /// A copy of <paramref name="model"/> with the vocabulary of <paramref name="extension"/>; new tokens in
    /// <paramref name="anchors"/> start as the weighted mean of their anchors' rows, the others as the mean of their pieces'.
    /// </summary>
    public static MaskedLanguageModel Resize(MaskedLanguageModel model, VocabularyExtension extension,
        IReadOnlyDictionary<int, IReadOnlyList<(int OldId, double Weight)>>? anchors = null)
    {
        TorchRuntime.EnsureLoaded();
        var config = model.Config with { VocabSize = Math.Max(model.Config.VocabSize - extension.OldVocabularySize, 0) + extension.NewVocabularySize };
        var resized = new MaskedLanguageModel(config);
        var tensors = EncoderCheckpoint.CpuTensors(model);
        var embeddingName = $"{config.BackboneName}.embeddings.word_embeddings.weight";
        var biasName = resized.state_dict().Keys.Single(k => k is "lm_head.bias" or "cls.predictions.bias");
        tensors[embeddingName] = ExtendRows(tensors[embeddingName], extension, config.VocabSize, anchors);
        tensors[biasName] = ExtendRows(tensors[biasName], extension, config.VocabSize, anchors);
        WeightLoader.Load(resized, config, tensors, "resized vocabulary");
        resized.eval();
        return resized;
    }

    private static Tensor ExtendRows(Tensor old, VocabularyExtension extension, int newRows, IReadOnlyDictionary<int, IReadOnlyList<(int OldId, double Weight)>>? anchors)
    {
        using var scope = NewDisposeScope();
        var shape = old.shape.ToArray();
        shape[0] = newRows;
        var rows = zeros(shape, old.dtype);
        var oldIds = Enumerable.Range(0, (int)old.shape[0]).ToArray();
        var targets = oldIds.Select(i => (long)(i < extension.OldVocabularySize ? extension.MapOldId(i) : i - extension.OldVocabularySize + extension.NewVocabularySize)).ToArray();
        rows.index_copy_(0, tensor(targets), old);
        var fallback = old.mean([0]);
        foreach (var token in extension.NewTokens)
        {
            if (anchors is not null && anchors.TryGetValue(token.Id, out var anchor))
            {
                var weights = tensor(anchor.Select(a => (float)a.Weight).ToArray()).to(old.dtype);
                var anchorRows = old.index_select(0, tensor(anchor.Select(a => (long)a.OldId).ToArray()));
                rows[token.Id] = weights.matmul(anchorRows);
                continue;
            }
            var pieces = token.OldIds.Where(i => i >= 0 && i < old.shape[0]).Select(i => (long)i).ToArray();
            rows[token.Id] = pieces.Length == 0 ? fallback : old.index_select(0, tensor(pieces)).mean([0]);
        }
        return rows.MoveToOuterDisposeScope();
    }
}
