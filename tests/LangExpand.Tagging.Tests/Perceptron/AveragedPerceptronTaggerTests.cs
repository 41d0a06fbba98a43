using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests.Perceptron;

public sealed class AveragedPerceptronTaggerTests
{
    [Fact]
    public void The_perceptron_learns_labels_that_depend_on_the_word_before()
    {
        var tagger = PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(60));

        var labels = tagger.Predict([["the", "walk3", "."], ["we", "walk3", "."], ["we", "walk9", "."]]);

        Assert.Equal("perceptron-tagger", tagger.Type);
        Assert.Equal(["DET|_", "NOUN|Number=Sing", "PUNCT|_"], labels[0]);
        Assert.Equal(["PRON|Person=1", "VERB|Mood=Ind", "PUNCT|_"], labels[1]);
        Assert.Equal("VERB|Mood=Ind", labels[2][1]);
    }

    [Fact]
    public void Training_twice_with_the_same_data_and_seed_writes_identical_bytes()
    {
        using var scratch = new ScratchDirectory();
        var options = new PeerTaggerOptions(Epochs: 3, Seed: 7);

        PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(40), options).Save(scratch.Path("first"));
        PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(40), options).Save(scratch.Path("second"));

        Assert.Equal(ModelFiles.Contents(scratch.Path("first")), ModelFiles.Contents(scratch.Path("second")));
    }

    [Fact]
    public void Frequent_unambiguous_words_are_tagged_from_the_tag_dictionary()
    {
        var tagger = PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(60));

        Assert.Equal(["PUNCT|_", "PUNCT|_"], tagger.Predict([[".", "."]])[0]);
    }

    [Fact]
    public void Training_on_no_words_is_refused() =>
        Assert.Equal(Core.Diagnostics.ErrorCode.NotEnoughData,
            Assert.Throws<Core.Diagnostics.LangExpandException>(() => PeerTaggers.Train(PeerTaggerKind.Perceptron, [new([])])).Code);
}
