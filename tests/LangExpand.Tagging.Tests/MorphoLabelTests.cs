using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Tests;

public sealed class MorphoLabelTests
{
    [Theory]
    [InlineData("NOUN", "Gender=Masc|Number=Sing", "NOUN|Gender=Masc|Number=Sing")]
    [InlineData("PUNCT", "_", "PUNCT|_")]
    public void A_label_is_UPOS_and_FEATS_joined_and_splits_back_at_the_first_bar(string upos, string feats, string label)
    {
        Assert.Equal(label, MorphoLabel.Compose(upos, feats));
        Assert.Equal((upos, feats), MorphoLabel.Split(label));
    }

    [Fact]
    public void A_label_without_a_bar_is_a_UPOS_without_features() => Assert.Equal(("X", "_"), MorphoLabel.Split("X"));

    [Fact]
    public void Reading_CoNLL_U_gives_the_syntactic_words_with_joint_labels()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Treebank.Text));

        var sentences = TaggedConllu.Read(stream, "tiny.conllu");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["The/DET|Definite=Def|PronType=Art", "dog/NOUN|Number=Sing", "ran/VERB|Mood=Ind|Tense=Past"],
            sentences[1].Tokens.Select(t => $"{t.Token}/{t.Label}"));
        Assert.Equal(8, sentences[1].LineNumber);
    }

    [Fact]
    public void A_tagged_sentence_keeps_the_reader_s_line_number() =>
        Assert.Equal(1, TaggedConllu.ToTagged(new ConlluSentence([], [ConlluLine.Parse("1\ta\ta\tX\t_\t_\t0\troot\t_\t_")!], 1)).LineNumber);
}
