using LangExpand.Adaptation.Evaluation;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Evaluation;

public sealed class MarginalDecodingTests
{
    private static readonly string[] Labels = ["NOUN|Number=Plur", "NOUN|Number=Sing", "VERB|_"];

    [Fact]
    public void The_part_of_speech_with_the_most_mass_wins_even_when_another_has_the_single_best_label()
    {
        using var groups = MarginalDecoding.UposGroups(Labels, CPU);
        using var logits = tensor(new[] { MathF.Log(0.3f), MathF.Log(0.3f), MathF.Log(0.4f) }, [1, 3]);

        using var best = MarginalDecoding.Best(logits, groups);

        Assert.Equal(0, best.item<long>());
    }

    [Fact]
    public void Within_the_chosen_part_of_speech_the_most_probable_label_wins()
    {
        using var groups = MarginalDecoding.UposGroups(Labels, CPU);
        using var logits = tensor(new[] { 0f, 2f, 1f, 0f, 0f, 5f }, [2, 3]);

        using var best = MarginalDecoding.Best(logits, groups);

        Assert.Equal([1L, 2L], best.data<long>().ToArray());
    }
}
