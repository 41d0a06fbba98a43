using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Corpus;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Training;

/// <summary>Continued MLM pretraining of a model directory on target-language text, written as a new model directory.</summary>
public static class ContinuedPretraining
{
    /// <summary>
    /// Loads <paramref name="modelDirectory"/>, trains it on the texts of <paramref name="textPaths"/> (<see cref="TextCorpus"/>,
    /// without the last <paramref name="heldOutLast"/> sentences of each; with <paramref name="parallelSource"/>, each Bible's
    /// verses follow their translations, see <see cref="TextCorpus.ReadAll"/>)
    /// and saves it with its tokenizer into <paramref name="outputDirectory"/> (checkpoints under <c>checkpoints/</c>).
    /// </summary>
    public static MlmRunResult Run(string modelDirectory, IReadOnlyList<string> textPaths, int heldOutLast, string outputDirectory, MlmOptions options, Device device,
        IProgress<TrainingProgress>? progress = null, string? parallelSource = null)
    {
        EncoderCheckpoint.EnsureNoModel(outputDirectory);
        var lines = TextCorpus.ReadAll(textPaths, heldOutLast, parallelSource);
        var loaded = EncoderCheckpoint.LoadMaskedLm(modelDirectory, device);
        TorchRuntime.Seed(options.Seed);
        var result = MlmTrainer.Train(loaded.Model, loaded.Tokenizer, lines, options, device, outputDirectory, progress);
        EncoderCheckpoint.Save(outputDirectory, loaded.Model, loaded.Tokenizer);
        loaded.Model.Dispose();
        return result;
    }
}
