using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Vocabulary;
using LangExpand.Core.Annotated;
using LangExpand.TestKit;
using LangExpand.Tokenization.Extension;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Evaluation;

public sealed class EvaluationTests
{
    private static LoadedEncoder ToyEncoder()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        var model = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta) with { VocabSize = tokenizer.VocabularySize });
        return new LoadedEncoder(model, tokenizer, new LoadReport("toy", [], [], [], [], [], []));
    }

    [Fact]
    public void Identical_verses_retrieve_themselves()
    {
        using var scratch = new ScratchDirectory();
        var verses = string.Concat(ToyCorpus.Lines.Take(20).Select((l, i) => $"b.MAT.1.{i + 1}\t{l} {i}\n"));
        var source = scratch.Write("a.tsv", verses);
        var target = scratch.Write("b.tsv", verses);
        var toy = ToyEncoder();
        var (topOne, pairs) = RetrievalEvaluator.TopOne(toy.Model.Encoder, toy.Tokenizer, source, target, CPU);
        Assert.Equal(20, pairs);
        Assert.True(topOne > 0.5, $"{topOne}");
    }

    [Fact]
    public void A_tagger_learns_a_label_determined_by_the_word()
    {
        var sentences = ToyCorpus.Lines.Take(60).Select(l => new TaggedSentence(
            l.Split(' ').Select(w => new TaggedToken(w, w.Length > 3 ? "LONG" : "SHORT")).ToList())).ToList();
        var accuracy = TokenTagger.TrainAndScore(ToyEncoder(), sentences, sentences.Take(10).ToList(), new TaggingOptions { Steps = 60, LearningRate = 3e-3 }, CPU);
        Assert.True(accuracy > 0.9, $"{accuracy}");
    }

    [Fact]
    public void Extended_embeddings_keep_old_rows_and_start_new_ones_at_the_mean_of_their_pieces()
    {
        var toy = ToyEncoder();
        var (_, extension) = VocabularyExtender.Extend(toy.Tokenizer, ["zorblax quintessential zorblax zorblax"], new VocabularyExtensionOptions { MaxNewTokens = 3 });
        Assert.NotEmpty(extension.NewTokens);
        using var resized = EmbeddingExtension.Resize(toy.Model, extension);
        var (old, grown) = (toy.Model.Encoder.WordEmbeddings, resized.Encoder.WordEmbeddings);
        Assert.Equal(extension.NewVocabularySize, grown.shape[0]);
        Assert.True(old[5].allclose(grown[5], rtol: 0, atol: 0));
        var mask = toy.Tokenizer.Special.Mask;
        Assert.True(old[mask].allclose(grown[extension.MapOldId(mask)], rtol: 0, atol: 0));
        var token = extension.NewTokens[0];
        using var expected = old.index_select(0, tensor(token.OldIds.Select(i => (long)i).ToArray())).mean([0]);
        Assert.True(expected.allclose(grown[token.Id], rtol: 1e-6, atol: 1e-6));
    }
}
