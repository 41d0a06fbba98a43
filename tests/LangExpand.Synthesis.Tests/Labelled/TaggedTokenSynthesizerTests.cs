using LangExpand.Core.Annotated;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Labelled;

public sealed class TaggedTokenSynthesizerTests
{
    private static LexiconEntry Entry(string source, string target) =>
        new(new LexiconSide(source), new LexiconSide(target), 1, LexiconDirection.Both, new LexiconProvenance("toy.tsv", 3));

    private static readonly TranslationIndex Index = new([
        Entry("New York", "Nueva York"), Entry("apple", "manzana roja"), Entry("visited", "visitó"), Entry("in", "en"), Entry("york", "yorka"),
    ]);

    private static TaggedSentence Sentence(params string[] tokenLabels) =>
        new(tokenLabels.Select(t => t.Split('/')).Select(p => new TaggedToken(p[0], p[1])).ToList(), 1);

    private static (List<TaggedSentence> Output, List<TaggedSubstitution> Provenance) Run(TaggedSentence sentence)
    {
        var provenance = new List<TaggedSubstitution>();
        var synthesizer = new TaggedTokenSynthesizer(new SubstitutionPlanner(Index, null, oneToOne: false), null, new LabelledSynthesisOptions(new ChoicePolicy()));
        return (synthesizer.Synthesize([sentence], new SynthesisStatistics(), provenance.Add).ToList(), provenance);
    }

    private static string Show(TaggedSentence sentence) => string.Join(" ", sentence.Tokens.Select(t => $"{t.Token}/{t.Label}"));

    [Fact]
    public void A_span_that_becomes_several_tokens_keeps_B_on_the_first_and_I_on_the_rest()
    {
        var (output, _) = Run(Sentence("Apple/B-ORG", "visited/O", "New/B-LOC", "York/I-LOC"));

        Assert.Equal("Manzana/B-ORG roja/I-ORG visitó/O Nueva/B-LOC York/I-LOC", Show(output[0]));
    }

    [Fact]
    public void A_match_never_crosses_a_label_boundary()
    {
        var (output, _) = Run(Sentence("in/O", "New/B-LOC", "York/B-LOC"));

        Assert.Equal("en/O New/B-LOC Yorka/B-LOC", Show(output[0]));
    }

    [Fact]
    public void Plain_tags_repeat_on_every_token_of_a_multi_word_translation()
    {
        var (output, _) = Run(Sentence("apple/NOUN", "in/ADP"));

        Assert.Equal("manzana/NOUN roja/NOUN en/ADP", Show(output[0]));
    }

    [Fact]
    public void Each_substitution_is_reported_for_the_sidecar_with_its_output_position()
    {
        var (_, provenance) = Run(Sentence("Apple/B-ORG", "visited/O"));

        Assert.Equal(["1\t0\tApple\tManzana roja\ttoy.tsv:3\tcopied\t_\t0.9", "1\t2\tvisited\tvisitó\ttoy.tsv:3\tcopied\t_\t0.9"], provenance.Select(p => p.ToString()));
    }
}
