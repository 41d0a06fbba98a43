using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Training;
using LangExpand.Tokenization;
using LangExpand.Tokenization.Training;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Pretraining;

/// <summary>
/// Pretrains a base model that needs no download: a Unigram tokenizer trained on the corpus (on an evenly spaced sample of
/// at most <see cref="TokenizerSampleLines"/> lines) and an XLM-R-style encoder trained from scratch with MLM, written as a
/// Hugging Face model directory.
/// </summary>
public static class Pretrainer
{
    /// <summary>Most lines the tokenizer is trained on.</summary>
    public const int TokenizerSampleLines = 20_000;

    /// <summary>
    /// Trains on the texts of <paramref name="corpusPaths"/> (<see cref="TextCorpus"/>) with <paramref name="preset"/>, using
    /// <paramref name="options"/> for the training settings (its steps, batch size, sequence length and learning rate are
    /// taken from the preset when <paramref name="options"/> is null), and writes the model into <paramref name="outputDirectory"/>.
    /// </summary>
    public static MlmRunResult Run(IReadOnlyList<string> corpusPaths, string outputDirectory, PretrainPreset preset, Device device,
        MlmOptions? options = null, IProgress<TrainingProgress>? progress = null)
    {
        TorchRuntime.EnsureLoaded();
        EncoderCheckpoint.EnsureNoModel(outputDirectory);
        options ??= DefaultOptions(preset, seed: 1);
        var lines = TextCorpus.ReadAll(corpusPaths);
        var tokenizer = XlmRobertaTokenizer.FromModel(UnigramTrainer.Train(Sample(lines, TokenizerSampleLines),
            new UnigramTrainerOptions { VocabularySize = preset.VocabularySize - 2 }));
        var config = preset.Config(tokenizer.VocabularySize);
        TorchRuntime.Seed(options.Seed);
        using var model = new MaskedLanguageModel(config);
        WeightInitializer.Initialize(model, config);
        model.to(device);
        var result = MlmTrainer.Train(model, tokenizer, lines, options, device, outputDirectory, progress);
        EncoderCheckpoint.Save(outputDirectory, model, tokenizer);
        return result;
    }

    /// <summary>The training settings of <paramref name="preset"/> with <paramref name="seed"/>.</summary>
    public static MlmOptions DefaultOptions(PretrainPreset preset, long seed) => new()
    {
        Steps = preset.Steps,
        BatchSize = preset.BatchSize,
        SequenceLength = preset.SequenceLength,
        LearningRate = preset.LearningRate,
        Seed = seed,
    };

    private static IEnumerable<string> Sample(IReadOnlyList<string> lines, int count) =>
        lines.Count <= count ? lines : Enumerable.Range(0, count).Select(i => lines[(int)((long)i * lines.Count / count)]);
}
