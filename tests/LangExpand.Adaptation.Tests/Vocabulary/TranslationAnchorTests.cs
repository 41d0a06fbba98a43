using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Vocabulary;
using LangExpand.Parallel.Text;
using LangExpand.Tokenization.Extension;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Vocabulary;

public sealed class TranslationAnchorTests
{
    private static readonly Dictionary<string, string> Lexicon = new()
    {
        ["house"] = "zorblax", ["talo"] = "quintex", ["kivi"] = "flumbo", ["lintu"] = "grinwald",
    };

    /// <summary>Sentences of up to three source words, each translated word for word in reverse order.</summary>
    private static List<SentencePair> Pairs()
    {
        var words = Lexicon.Keys.ToArray();
        return [.. Enumerable.Range(0, 64).Select(i =>
        {
            string[] chosen = [.. new[] { words[i % 4], words[i / 4 % 4], words[i / 16 % 4] }.Distinct()];
            return new SentencePair(string.Join(' ', chosen), string.Join(' ', chosen.Reverse().Select(w => Lexicon[w])), $"b.MAT.1.{i + 1}");
        })];
    }

    [Fact]
    public void A_new_token_is_anchored_to_the_source_subwords_of_the_word_it_translates()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        var pairs = Pairs();
        var (extended, extension) = VocabularyExtender.Extend(tokenizer, pairs.Select(p => p.Target), new VocabularyExtensionOptions { MaxNewTokens = 40 });
        var anchors = TranslationAnchors.Find(tokenizer, extended, extension, pairs);
        var checkedWords = 0;
        foreach (var (source, target) in Lexicon)
        {
            var ids = extended.Encode(target, addSpecialTokens: false);
            if (ids.Count != 1 || !anchors.TryGetValue(ids[0], out var anchor))
            {
                continue;
            }
            checkedWords++;
            Assert.Contains(anchor[0].OldId, tokenizer.Encode(source, addSpecialTokens: false));
            Assert.Equal(1.0, anchor.Sum(a => a.Weight), 9);
            Assert.True(anchor.Count <= TranslationAnchors.MaxAnchors);
        }
        Assert.True(checkedWords >= 2, $"only {checkedWords} target words became single new tokens");
    }

    [Fact]
    public void An_anchored_row_starts_as_the_weighted_mean_of_its_anchors_and_other_new_rows_as_their_pieces()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        using var model = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta) with { VocabSize = tokenizer.VocabularySize });
        var (_, extension) = VocabularyExtender.Extend(tokenizer, ["zorblax quintessential zorblax zorblax"], new VocabularyExtensionOptions { MaxNewTokens = 3 });
        Assert.True(extension.NewTokens.Count >= 2);
        var (anchored, plain) = (extension.NewTokens[0], extension.NewTokens[1]);
        var anchors = new Dictionary<int, IReadOnlyList<(int OldId, double Weight)>> { [anchored.Id] = [(5, 0.25), (7, 0.75)] };
        using var resized = EmbeddingExtension.Resize(model, extension, anchors);
        var (old, grown) = (model.Encoder.WordEmbeddings, resized.Encoder.WordEmbeddings);
        using var expected = old[5] * 0.25 + old[7] * 0.75;
        Assert.True(expected.allclose(grown[anchored.Id], rtol: 1e-6, atol: 1e-6));
        using var mean = old.index_select(0, tensor(plain.OldIds.Select(i => (long)i).ToArray())).mean([0]);
        Assert.True(mean.allclose(grown[plain.Id], rtol: 1e-6, atol: 1e-6));
    }
}
