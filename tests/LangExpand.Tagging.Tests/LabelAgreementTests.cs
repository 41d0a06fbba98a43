using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Tests;

public sealed class LabelAgreementTests
{
    [Theory]
    [InlineData("NOUN|Number=Sing", "NOUN|Number=Sing", "NOUN|Number=Sing")]
    [InlineData("NOUN|Number=Sing", "NOUN|Number=Plur", "NOUN|*")]
    [InlineData("NOUN|Number=Sing", "VERB|_", MorphoLabel.Unknown)]
    public void Two_labels_agree_on_the_whole_label_on_the_UPOS_or_on_nothing(string first, string second, string agreed) =>
        Assert.Equal(agreed, LabelAgreement.Agreed(first, second));

    [Fact]
    public void A_teacher_s_sentences_keep_what_the_peer_tagger_agrees_with()
    {
        var peer = PeerTaggers.Train(PeerTaggerKind.Lookup, Treebank.Sentences("the/DET|_ dog/NOUN|Number=Sing runs/VERB|_"));
        var teacher = Treebank.Sentences("the/DET|_ dog/NOUN|Number=Plur runs/NOUN|_");

        var agreed = LabelAgreement.Agreed(teacher, peer);

        Assert.Equal(["DET|_", "NOUN|*", MorphoLabel.Unknown], agreed[0].Tokens.Select(t => t.Label));
    }
}
