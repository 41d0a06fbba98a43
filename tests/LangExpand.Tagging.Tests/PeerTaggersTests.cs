using LangExpand.Core.Diagnostics;
using LangExpand.Tagging.Scoring;
using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests;

public sealed class PeerTaggersTests
{
    [Theory]
    [InlineData(PeerTaggerKind.Lookup)]
    [InlineData(PeerTaggerKind.Perceptron)]
    public void Tagging_CoNLL_U_rewrites_only_UPOS_and_FEATS_of_words(PeerTaggerKind kind)
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.conllu", Treebank.Text);
        var model = PeerTaggers.Train(kind, Treebank.Sentences("The/X|Foo=Bar dogs/X|Foo=Bar ran/X|Foo=Bar ./X|Foo=Bar dog/X|Foo=Bar"));

        var words = PeerTaggers.TagConllu(model, input, scratch.Path("out.conllu"));

        Assert.Equal(7, words);
        var expected = string.Join('\n', Treebank.Text.Split('\n').Select(line => line.Split('\t') is { Length: 10 } c && int.TryParse(c[0], out _)
            ? string.Join('\t', c.Select((value, i) => i == 3 ? "X" : i == 5 ? "Foo=Bar" : value)) : line));
        Assert.Equal(expected, File.ReadAllText(scratch.Path("out.conllu")));
    }

    [Fact]
    public void Tagging_a_file_onto_itself_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.conllu", Treebank.Text);
        var model = PeerTaggers.Train(PeerTaggerKind.Lookup, Treebank.Sentences("a/X|_"));

        Assert.Throws<LangExpandException>(() => PeerTaggers.TagConllu(model, input, input));
        Assert.Equal(Treebank.Text, File.ReadAllText(input));
    }

    [Fact]
    public void Loading_a_model_of_another_type_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var directory = scratch.Path("model");
        scratch.Write("model/config.json", """{"type": "affix-rules", "format_version": 1}""");

        Assert.Contains("model type is 'affix-rules'", Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory)).Message);
    }

    [SharedDataFact("ud", "en_ewt-ud-dev.conllu")]
    public void On_English_the_perceptron_beats_the_lookup_peer()
    {
        using var scratch = new ScratchDirectory();
        var (train, test) = (SharedData.Path("ud", "en_ewt-ud-dev.conllu"), SharedData.Path("ud", "en_ewt-ud-test.conllu"));
        var sentences = TaggedConllu.Read(train);

        var scores = new[] { PeerTaggerKind.Lookup, PeerTaggerKind.Perceptron }.Select(kind =>
        {
            PeerTaggers.TagConllu(PeerTaggers.Train(kind, sentences), test, scratch.Path($"{kind}.conllu"));
            return TaggingScorer.Score(test, scratch.Path($"{kind}.conllu"));
        }).ToList();

        Assert.InRange(scores[0].UposAccuracy, 80, 90);
        Assert.InRange(scores[1].UposAccuracy, 89, 100);
        Assert.True(scores[1].UfeatsAccuracy > scores[0].UfeatsAccuracy);
    }
}
