using LangExpand.Adaptation.Evaluation;
using LangExpand.Core.Annotated;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Evaluation;

public sealed class PartialLabelsTests
{
    private static readonly string[] Labels = ["NOUN|Number=Plur", "NOUN|Number=Sing", "VERB|_"];

    [Fact]
    public void Whole_labels_alone_need_no_mask_so_plain_cross_entropy_applies()
    {
        var sentences = new[] { new TaggedSentence([new("casas", "NOUN|Number=Plur"), new("ven", "VERB|_")]) };

        Assert.Null(PartialLabels.Allowed(sentences, [[0, 1]], Labels, CPU));
    }

    [Fact]
    public void The_loss_of_whole_labels_is_the_cross_entropy_and_words_that_allow_everything_add_nothing()
    {
        var sentences = new[] { new TaggedSentence([new("casas", "NOUN|Number=Plur"), new("ven", "VERB|_"), new("x", MorphoLabel.Unknown)]) };
        using var logits = tensor(new[] { 2f, 0.5f, -1f, 0.1f, 0.2f, 1.5f, 3f, -2f, 0f }, [3, 3]);
        using var allowed = PartialLabels.Allowed(sentences, [[0, 1, 2]], Labels, CPU)!;

        using var loss = PartialLabels.Loss(logits, allowed);

        using var expected = nn.functional.cross_entropy(logits[..2], tensor(new long[] { 0, 2 }));
        Assert.Equal(expected.item<float>(), loss.item<float>(), 5);
    }

    [Fact]
    public void A_UPOS_only_label_costs_minus_the_log_of_the_mass_on_its_UPOS()
    {
        var sentences = new[] { new TaggedSentence([new("casa", "NOUN|*")]) };
        using var logits = tensor(new[] { 1f, 1f, 2f }, [1, 3]);
        using var allowed = PartialLabels.Allowed(sentences, [[0]], Labels, CPU)!;

        using var loss = PartialLabels.Loss(logits, allowed);

        var mass = 2 * Math.E / (2 * Math.E + Math.E * Math.E);
        Assert.Equal(-Math.Log(mass), loss.item<float>(), 5);
    }

    [Fact]
    public void A_tagger_trained_on_partial_labels_beside_whole_ones_has_only_the_whole_labels()
    {
        var whole = new TaggedSentence([new("el", "DET|_"), new("perro", "NOUN|Number=Sing")]);
        var partial = new TaggedSentence([new("el", "DET|*"), new("gato", "NOUN|*"), new("x", MorphoLabel.Unknown)]);

        using var model = TokenTagger.Train(EvaluationTests.ToyEncoder(), [whole, partial], new TaggingOptions { Steps = 2, BatchSize = 2 }, CPU);

        Assert.Equal(["DET|_", "NOUN|Number=Sing"], model.Encoder.Config.Labels);
    }

    [Fact]
    public void A_tagger_with_no_whole_label_to_learn_is_refused()
    {
        var partial = new TaggedSentence([new("gato", "NOUN|*")]);

        var error = Assert.Throws<LangExpand.Core.Diagnostics.LangExpandException>(() => TokenTagger.Train(EvaluationTests.ToyEncoder(), [partial], new TaggingOptions { Steps = 1 }, CPU));

        Assert.Equal(LangExpand.Core.Diagnostics.ErrorCode.NotEnoughData, error.Code);
    }
}
