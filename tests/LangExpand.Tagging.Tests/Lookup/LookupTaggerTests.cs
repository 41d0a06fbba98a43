namespace LangExpand.Tagging.Tests.Lookup;

public sealed class LookupTaggerTests
{
    private static readonly IReadOnlyList<Core.Annotated.TaggedSentence> Training = Treebank.Sentences(
        "Run/VERB|_ run/NOUN|_ run/NOUN|_ walked/VERB|Tense=Past",
        "a/DET|_ a/X|_ talked/VERB|Tense=Past jumped/VERB|Tense=Past",
        "a/DET|_ dog/NOUN|_ dog/NOUN|_ cat/NOUN|_");

    private static string[] Tag(params string[] words) => PeerTaggers.Train(PeerTaggerKind.Lookup, Training).Predict([words])[0];

    [Fact]
    public void A_known_word_gets_its_most_frequent_label() => Assert.Equal(["NOUN|_", "DET|_"], Tag("run", "a"));

    [Fact]
    public void Equally_frequent_labels_go_to_the_ordinally_first() =>
        Assert.Equal(["NOUN|Number=Sing"], PeerTaggers.Train(PeerTaggerKind.Lookup, Treebank.Sentences("x/VERB|_ x/NOUN|Number=Sing")).Predict([["x"]])[0]);

    [Fact]
    public void A_word_unseen_as_written_gets_its_lower_case_form_s_label() => Assert.Equal(["NOUN|_"], Tag("DOG"));

    [Fact]
    public void An_unknown_word_gets_the_label_of_its_longest_known_suffix() => Assert.Equal(["VERB|Tense=Past"], Tag("barked"));

    [Fact]
    public void An_unknown_word_without_a_known_suffix_gets_the_most_frequent_label() => Assert.Equal(["NOUN|_"], Tag("zzq"));
}
