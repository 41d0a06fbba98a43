using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Tagging.Tests;

public sealed class PartialLabelTests
{
    [Theory]
    [InlineData("*", "NOUN|Number=Sing", true)]
    [InlineData("NOUN|*", "NOUN|Number=Sing", true)]
    [InlineData("NOUN|*", "NOUN|_", true)]
    [InlineData("NOUN|*", "VERB|Number=Sing", false)]
    [InlineData("NOUN|Number=Sing", "NOUN|Number=Sing", true)]
    [InlineData("NOUN|Number=Sing", "NOUN|Number=Plur", false)]
    public void A_partial_label_allows_every_label_with_its_UPOS_and_an_unknown_one_allows_all(string partial, string label, bool allowed) =>
        Assert.Equal(allowed, MorphoLabel.Allows(partial, label));

    [Theory]
    [InlineData("*", true)]
    [InlineData("ADJ|*", true)]
    [InlineData("ADJ|_", false)]
    [InlineData("ADJ|Degree=Pos", false)]
    public void Only_unknown_labels_and_labels_with_unknown_features_are_partial(string label, bool partial) => Assert.Equal(partial, MorphoLabel.IsPartial(label));

    [Fact]
    public void Reading_CoNLL_U_marks_words_without_UPOS_as_unknown_and_projected_words_as_UPOS_only()
    {
        const string text = "1\tcasa\t_\tNOUN\t_\t_\t_\t_\t_\tLabelled=Upos\n2\tgrande\t_\t_\t_\t_\t_\t_\t_\t_\n3\t.\t_\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No\n\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var sentence = Assert.Single(TaggedConllu.Read(stream, "projected.conllu"));

        Assert.Equal(["NOUN|*", MorphoLabel.Unknown, "PUNCT|_"], sentence.Tokens.Select(t => t.Label));
    }

    [Fact]
    public void The_perceptron_learns_a_word_s_UPOS_from_partial_labels_and_its_features_from_whole_ones()
    {
        var whole = Treebank.Sentences("the/DET|_ house/NOUN|Number=Sing ./PUNCT|_", "we/PRON|Person=1 sing/VERB|Mood=Ind ./PUNCT|_");
        var partial = Enumerable.Range(0, 30).Select(_ => Treebank.Sentences("the/DET|* table/NOUN|* ./*")[0]).ToList();

        var tagger = PeerTaggers.Train(PeerTaggerKind.Perceptron, [.. whole, .. partial], new PeerTaggerOptions(Epochs: 3));

        Assert.Equal(["DET|_", "NOUN|Number=Sing", "PUNCT|_"], tagger.Predict([["the", "table", "."]])[0]);
    }

    [Fact]
    public void The_lookup_tagger_ignores_partial_labels()
    {
        var tagger = PeerTaggers.Train(PeerTaggerKind.Lookup, Treebank.Sentences("house/NOUN|Number=Sing", "house/VERB|* house/VERB|* house/*"));

        Assert.Equal(["NOUN|Number=Sing"], tagger.Predict([["house"]])[0]);
    }

    [Theory]
    [InlineData(PeerTaggerKind.Lookup)]
    [InlineData(PeerTaggerKind.Perceptron)]
    public void Training_data_with_only_partial_labels_is_refused(PeerTaggerKind kind)
    {
        var error = Assert.Throws<LangExpandException>(() => PeerTaggers.Train(kind, Treebank.Sentences("house/NOUN|* big/*")));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
    }

    [Fact]
    public void Tagging_a_projected_file_drops_the_UPOS_only_mark_of_the_words_it_labels()
    {
        using var scratch = new LangExpand.TestKit.ScratchDirectory();
        var input = scratch.Write("projected.conllu", "1\tcasa\t_\tNOUN\t_\t_\t_\t_\t_\tLabelled=Upos\n2\t.\t_\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No|Labelled=Upos\n\n");
        var tagger = PeerTaggers.Train(PeerTaggerKind.Lookup, Treebank.Sentences("casa/NOUN|Number=Sing ./PUNCT|_"));

        PeerTaggers.TagConllu(tagger, input, scratch.Path("tagged.conllu"));

        var lines = File.ReadAllLines(scratch.Path("tagged.conllu"));
        Assert.EndsWith("NOUN\t_\tNumber=Sing\t_\t_\t_\t_", lines[0]);
        Assert.EndsWith("\tSpaceAfter=No", lines[1]);
    }

    [Theory]
    [InlineData("Labelled=Upos", "_")]
    [InlineData("SpaceAfter=No|Labelled=Upos", "SpaceAfter=No")]
    [InlineData("_", "_")]
    public void Filling_a_word_s_FEATS_drops_its_UPOS_only_mark_and_keeps_the_rest_of_MISC(string misc, string kept) =>
        Assert.Equal(kept, MorphoLabel.WithoutUposOnly(misc));
}
