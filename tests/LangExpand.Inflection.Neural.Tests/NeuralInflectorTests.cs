using LangExpand.Core.Features;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Decoding;
using LangExpand.Inflection.Neural.Network;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Models;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Tests;

public sealed class NeuralInflectorTests(TrainedToyModel toy) : IClassFixture<TrainedToyModel>
{
    [Fact]
    public void A_tiny_model_learns_a_suffixing_language_on_unseen_lemmas()
    {
        Assert.True(ModelSelection.Accuracy(toy.Model, toy.Development) > 90, $"accuracy {ModelSelection.Accuracy(toy.Model, toy.Development):F1}");
    }

    [Fact]
    public void Beam_search_of_width_one_is_greedy_decoding()
    {
        var decoder = new Decoder(toy.Model.Model, toy.Model.Vocabulary, CPU, 32);
        var beamOfOne = decoder.Beam(Encoded(toy.Development), width: 1).Select(b => b.Form).ToList();
        Assert.Equal(toy.Model.Decode(toy.Development, width: 1), beamOfOne);
    }

    [Fact]
    public void Beam_search_over_a_batch_finds_what_it_finds_for_each_example_alone()
    {
        var decoder = new Decoder(toy.Model.Model, toy.Model.Vocabulary, CPU, 32);
        var examples = Encoded(toy.Development);
        var together = decoder.Beam(examples, width: 4);
        var alone = examples.Select(e => decoder.Beam([e], width: 4)[0]).ToList();
        Assert.Equal(alone.Select(a => a.Form), together.Select(t => t.Form));
        Assert.All(alone.Zip(together), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-4));
    }

    [Fact]
    public void Greedy_decoding_stops_each_output_at_its_own_length_limit_whatever_it_is_batched_with()
    {
        TorchRuntime.Seed(5);
        using var untrained = new Transducer(toy.Model.Config, toy.Model.Vocabulary.Count);
        untrained.eval();
        var decoder = new Decoder(untrained, toy.Model.Vocabulary, CPU, 32);
        var lemma = toy.Development[0].Lemma;
        var (shortOne, longOne) = (Encoded([toy.Development[0] with { Lemma = lemma[..2] }])[0], Encoded([toy.Development[0] with { Lemma = lemma + lemma }])[0]);

        var alone = decoder.Greedy([shortOne])[0];
        var together = decoder.Greedy([shortOne, longOne])[0];

        Assert.Equal(alone, together);
        Assert.InRange(alone.Length, 0, decoder.MaxOutput(shortOne.Source.Length));
    }

    private EncodedExample[] Encoded(IEnumerable<Core.Inflection.InflectionTriple> triples) =>
        [.. triples.Select(t => EncodedExample.Encode(toy.Model.Vocabulary, t with { Form = null }, 32))];

    [Fact]
    public void Confidences_are_the_log_probabilities_of_the_beam_outputs_that_prediction_returns()
    {
        var scored = toy.Model.InflectWithConfidence(toy.Development);

        Assert.Equal(toy.Model.InflectAll(toy.Development), scored.Select(s => s.Form));
        Assert.All(scored, s => Assert.InRange(s.Confidence, double.MinValue, 0));
    }

    [Fact]
    public void A_gated_model_with_a_neural_part_saves_and_loads_predicting_the_same_and_reports_the_neural_training()
    {
        IInflectionModelKind[] kinds = [new NeuralModelKind(new LangExpand.Inflection.Neural.Training.NeuralTrainingOptions(toy.Model.Config, "cpu", Threads: 1))];
        var gated = new GatedInflector(EditClassifierTrainer.Train(ToyLanguage.Pairs(200, seed: 1)), toy.Model);
        var directory = Path.Combine(Path.GetTempPath(), $"gated-{Guid.NewGuid():N}");
        try
        {
            InflectionModels.Save(gated, directory, [], kinds);
            var loaded = Assert.IsType<GatedInflector>(InflectionModels.Load(directory, kinds));
            Assert.IsType<NeuralInflector>(loaded.Neural);
            Assert.Equal(gated.InflectAll(toy.Development), loaded.InflectAll(toy.Development));
            var metrics = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "metrics.json")))!;
            Assert.Equal(toy.Model.Report!.Steps, metrics["neural_training"]!["steps"]!.GetValue<int>());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Auto_scores_the_gated_candidate_as_the_gated_model_itself_predicts()
    {
        var training = ToyLanguage.Pairs(30, seed: 5);
        var neuralKind = new NeuralModelKind(new LangExpand.Inflection.Neural.Training.NeuralTrainingOptions(ToyLanguage.TinyConfig(200), "cpu", Threads: 1));

        var selected = ModelSelection.Select([InflectionModels.Classifier, InflectionModels.Neural], training, toy.Development, [neuralKind]);

        var gated = new GatedInflector(EditClassifierTrainer.Train(training), (NeuralInflector)neuralKind.Train(training, toy.Development));
        Assert.Equal(ModelSelection.Accuracy(gated, toy.Development), selected.DevAccuracy[InflectionModels.Gated]);
        Assert.Equal(ModelSelection.Accuracy(gated.Neural, toy.Development), selected.DevAccuracy[InflectionModels.Neural]);
        Assert.Equal(ModelSelection.Accuracy(gated.Classifier, toy.Development), selected.DevAccuracy[InflectionModels.Classifier]);
    }

    [Fact]
    public void Feature_tokens_have_no_position_so_their_order_does_not_change_the_output_distribution()
    {
        var vocabulary = toy.Model.Vocabulary;
        var example = EncodedExample.Encode(vocabulary, toy.Development[2] with { Form = null }, 32);
        var features = example.Positions.Count(p => p == 0);
        Assert.True(features >= 3);
        int[] permuted = [.. example.Source.Take(features).Reverse(), .. example.Source.Skip(features)];
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var original = Logits(example.Source, example.Positions);
        var reordered = Logits(permuted, example.Positions);
        Assert.True(original.allclose(reordered, rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void Bundles_written_in_another_order_inflect_identically()
    {
        var lemma = toy.Development[2].Lemma;
        Assert.Equal(toy.Model.Inflect(lemma, FeatureBundle.Parse("V;PRS;3;SG")), toy.Model.Inflect(lemma, FeatureBundle.Parse("SG;3;PRS;V")));
    }

    [Fact]
    public void A_saved_model_loads_and_predicts_exactly_the_same()
    {
        var directory = Path.Combine(Path.GetTempPath(), "le-neural-" + Guid.NewGuid().ToString("N"));
        try
        {
            NeuralSerialization.Save(toy.Model, directory, new() { ["note"] = "test" });
            var loaded = NeuralSerialization.Load(directory);
            Assert.Equal(toy.Model.InflectAll(toy.Development), loaded.InflectAll(toy.Development));
            Assert.True(File.Exists(Path.Combine(directory, "vocab.json")) && File.Exists(Path.Combine(directory, "config.yaml")));
            Assert.Contains("neural_training", File.ReadAllText(Path.Combine(directory, "metrics.json")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private Tensor Logits(int[] source, int[] positions)
    {
        var model = toy.Model.Model;
        var sourceTensor = tensor(source.Select(i => (long)i).ToArray(), [1, source.Length]);
        var positionTensor = tensor(positions.Select(i => (long)i).ToArray(), [1, positions.Length]);
        var keep = ones(1, 1, 1, source.Length, dtype: ScalarType.Bool);
        var memory = model.Encode(sourceTensor, positionTensor, keep);
        return model.Decode(tensor(new long[] { Vocabulary.Start, 5, 6 }, [1, 3]), memory, keep);
    }
}
