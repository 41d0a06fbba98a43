using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Training;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Training;

public sealed class MlmTrainerTests
{
    private static readonly MlmOptions Options = new() { Steps = 6, BatchSize = 4, SequenceLength = 24, LearningRate = 3e-3, Seed = 3 };

    private static MaskedLanguageModel ToyModel(LangExpand.Tokenization.XlmRobertaTokenizer tokenizer) =>
        TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta) with { VocabSize = tokenizer.VocabularySize });

    [Fact]
    public void The_MLM_loss_decreases_on_a_toy_corpus()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        using var model = ToyModel(tokenizer);
        var result = MlmTrainer.Train(model, tokenizer, ToyCorpus.Lines, Options with { Steps = 30, WarmupRatio = 0 }, CPU);
        Assert.True(result.LastLoss < result.FirstLoss - 0.3, $"{result.FirstLoss} → {result.LastLoss}");
    }

    [Fact]
    public void A_resumed_run_ends_with_exactly_the_weights_of_an_uninterrupted_one()
    {
        using var scratch = new ScratchDirectory();
        var tokenizer = ToyCorpus.Tokenizer();
        using var straight = ToyModel(tokenizer);
        MlmTrainer.Train(straight, tokenizer, ToyCorpus.Lines, Options with { Accumulate = 2 }, CPU);

        using var interrupted = ToyModel(tokenizer);
        var withCheckpoints = Options with { Accumulate = 2, CheckpointEvery = 3 };
        MlmTrainer.Train(interrupted, tokenizer, ToyCorpus.Lines, withCheckpoints with { Steps = 6 }, CPU, scratch.Root);
        using var resumed = ToyModel(tokenizer);
        var result = MlmTrainer.Train(resumed, tokenizer, ToyCorpus.Lines, withCheckpoints with { ResumeFrom = scratch.Path("checkpoints", MlmTrainer.StepFolder(3)) }, CPU);

        Assert.Equal(3, result.Steps);
        foreach (var (name, expected) in straight.state_dict())
        {
            Assert.True(expected.allclose(resumed.state_dict()[name], rtol: 0, atol: 0), name);
        }
    }

    [Fact]
    public void Two_CPU_runs_with_the_same_seed_give_identical_weights()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        using var first = ToyModel(tokenizer);
        using var second = ToyModel(tokenizer);
        MlmTrainer.Train(first, tokenizer, ToyCorpus.Lines, Options, CPU);
        MlmTrainer.Train(second, tokenizer, ToyCorpus.Lines, Options, CPU);
        Assert.True(first.Encoder.WordEmbeddings.allclose(second.Encoder.WordEmbeddings, rtol: 0, atol: 0));
    }

    [Fact]
    public void The_schedule_warms_up_linearly_and_decays_to_zero()
    {
        Assert.Equal(0.5, LinearSchedule.At(0, 10, 2, 1.0), 6);
        Assert.Equal(1.0, LinearSchedule.At(1, 10, 2, 1.0), 6);
        Assert.Equal(1.0, LinearSchedule.At(2, 10, 2, 1.0), 6);
        Assert.Equal(0.125, LinearSchedule.At(9, 10, 2, 1.0), 6);
    }

    [Theory]
    [InlineData(TrainableWeights.Body)]
    [InlineData(TrainableWeights.Embeddings)]
    public void Frozen_weights_stay_exactly_as_they_were_and_the_others_train(TrainableWeights trainable)
    {
        var tokenizer = ToyCorpus.Tokenizer();
        using var model = ToyModel(tokenizer);
        var before = model.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());
        MlmTrainer.Train(model, tokenizer, ToyCorpus.Lines, Options with { Trainable = trainable }, CPU);
        foreach (var (name, weights) in model.state_dict())
        {
            var isWordEmbedding = name.EndsWith("word_embeddings.weight", StringComparison.Ordinal);
            var frozen = trainable == TrainableWeights.Body ? isWordEmbedding : !isWordEmbedding && name is not "lm_head.bias" && !name.StartsWith("lm_head.decoder", StringComparison.Ordinal);
            if (frozen)
            {
                Assert.True(before[name].allclose(weights, rtol: 0, atol: 0), name);
            }
        }
        var changed = trainable == TrainableWeights.Body ? "roberta.encoder.layer.0.attention.self.query.weight" : "roberta.embeddings.word_embeddings.weight";
        Assert.False(before[changed].allclose(model.state_dict()[changed], rtol: 0, atol: 0), changed);
    }

    [Fact]
    public void Resuming_with_other_trainable_weights_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var tokenizer = ToyCorpus.Tokenizer();
        using var model = ToyModel(tokenizer);
        MlmTrainer.Train(model, tokenizer, ToyCorpus.Lines, Options with { Steps = 4, CheckpointEvery = 2 }, CPU, scratch.Root);
        var error = Assert.Throws<LangExpandException>(() => MlmTrainer.Train(model, tokenizer, ToyCorpus.Lines,
            Options with { Steps = 4, Trainable = TrainableWeights.Body, ResumeFrom = scratch.Path("checkpoints", MlmTrainer.StepFolder(2)) }, CPU));
        Assert.Contains("trained all weights, this run asks for body", error.Message);
    }
}
