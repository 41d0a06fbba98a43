using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Corpus;
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
    /// <summary>A tiny XLM-R-shaped encoder over the toy corpus's tokenizer.</summary>
    internal static LoadedEncoder ToyEncoder()
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
        var (sources, targets) = RetrievalEvaluator.Pairs(source, target, 1000);
        var (topOne, pairs) = RetrievalEvaluator.TopOne(toy.Model.Encoder, toy.Tokenizer, sources, targets, CPU);
        Assert.Equal(20, pairs);
        Assert.True(topOne > 0.5, $"{topOne}");
    }

    [Fact]
    public void Held_out_pairs_are_the_targets_last_verses_that_the_source_has_and_training_text_leaves_them_out()
    {
        using var scratch = new ScratchDirectory();
        var source = scratch.Write("en.tsv", "b.MAT.1.1\tone\nb.MAT.1.2\ttwo\nb.MAT.1.4\tfour\n");
        var target = scratch.Write("xx.tsv", "b.MAT.1.1\tuno\nb.MAT.1.2\tdos\nb.MAT.1.3\ttres\nb.MAT.1.4\tcuatro\n");
        var (sources, targets) = RetrievalEvaluator.Pairs(source, target, maxPairs: 1, heldOutLast: 3);
        Assert.Equal(["two", "four"], sources);
        Assert.Equal(["dos", "cuatro"], targets);
        Assert.Equal(["uno"], TextCorpus.ReadAll([target], heldOutLast: 3));
    }

    [Fact]
    public void Pseudo_perplexity_is_finite_and_at_least_one_and_null_without_scorable_subwords()
    {
        var toy = ToyEncoder();
        toy.Model.eval();
        var perplexity = PseudoPerplexity.Compute(toy.Model, toy.Tokenizer, ToyCorpus.Lines.Take(3).ToList(), CPU);
        Assert.NotNull(perplexity);
        Assert.InRange(perplexity.Value, 1.0, 1e6);
        Assert.Null(PseudoPerplexity.Compute(toy.Model, toy.Tokenizer, [""], CPU));
    }

    [Fact]
    public void Bio_spans_follow_conlleval_and_span_f1_counts_exact_matches()
    {
        Assert.Equal([(0, 1, "PER"), (2, 2, "LOC"), (4, 4, "PER")], BioSpans.Extract(["B-PER", "I-PER", "I-LOC", "O", "I-PER"]));
        IReadOnlyList<string>[] gold = [["B-PER", "I-PER", "O", "B-LOC"]];
        IReadOnlyList<string>[] predicted = [["B-PER", "O", "O", "B-LOC"]];
        Assert.Equal(0.5, BioSpans.F1(gold, predicted), 6);
        Assert.False(BioSpans.AreBio(["NOUN", "VERB"]));
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
