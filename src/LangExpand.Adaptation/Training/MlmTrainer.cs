using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Training;

/// <summary>
/// Masked-language-model training: AdamW (no decay on biases and layer norms), linear warm-up and decay, gradient clipping,
/// gradient accumulation, periodic checkpoints (<c>checkpoints/step-N</c>: the model directory plus optimizer and trainer
/// state) and exact resume. Data order, masking and dropout are seeded per micro-batch, so a CPU run is repeatable and a
/// resumed run continues exactly as the uninterrupted one. TorchSharp 0.107 has no autocast, so CUDA runs in F32 too.
/// </summary>
public static class MlmTrainer
{
    /// <summary>The folder of periodic checkpoints inside the output directory.</summary>
    public const string CheckpointFolder = EncoderCheckpoint.TrainingCheckpoints;

    private const string WordEmbeddings = "embeddings.word_embeddings.weight";

    /// <summary>
    /// Trains <paramref name="model"/> (already on <paramref name="device"/>) on <paramref name="lines"/>; checkpoints go under
    /// <paramref name="outputDirectory"/>. Leaves the model in evaluation mode.
    /// </summary>
    public static MlmRunResult Train(MaskedLanguageModel model, ISubwordTokenizer tokenizer, IReadOnlyList<string> lines, MlmOptions options,
        Device device, string? outputDirectory = null, IProgress<TrainingProgress>? progress = null)
    {
        Validate(options);
        var sequenceLength = Math.Min(options.SequenceLength, model.Config.MaxSequenceLength);
        var batcher = new MlmBatcher(SequencePacker.Pack(lines, tokenizer, sequenceLength), tokenizer, options);
        var trainable = TrainableParameters(model, options.Trainable);
        using var optimizer = CreateOptimizer(trainable, options);
        var start = 0;
        if (options.ResumeFrom is { } resume)
        {
            start = TrainingState.ReadStep(resume, options);
            EncoderCheckpoint.LoadWeightsInto(model, model.Config, resume);
            LoadOptimizer(optimizer, Path.Combine(resume, TrainingState.OptimizerFileName));
        }
        var warmup = (int)Math.Ceiling(options.Steps * options.WarmupRatio);
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var (tokens, firstLoss, lastLoss) = (0L, double.NaN, double.NaN);
        model.train();
        for (var step = start; step < options.Steps; step++)
        {
            var rate = LinearSchedule.At(step, options.Steps, warmup, options.LearningRate);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = rate;
            }
            optimizer.zero_grad();
            var loss = 0.0;
            for (var micro = 0; micro < options.Accumulate; micro++)
            {
                var index = (long)step * options.Accumulate + micro;
                using var scope = NewDisposeScope();
                random.manual_seed(options.Seed * 1_000_033 + index);
                using var batch = batcher.Get(index, device);
                var microLoss = model.Loss(batch.InputIds, batch.AttentionMask, batch.MaskedPositions, batch.Labels) / options.Accumulate;
                microLoss.backward();
                loss += microLoss.item<float>();
                tokens += batch.RealTokens;
            }
            nn.utils.clip_grad_norm_(trainable.Select(p => p.parameter), options.ClipNorm);
            optimizer.step();
            firstLoss = double.IsNaN(firstLoss) ? loss : firstLoss;
            lastLoss = loss;
            ReportProgress(progress, step + 1 - start, step + 1, options.Steps, loss, rate, tokens, clock.Elapsed);
            if (outputDirectory is not null && options.CheckpointEvery > 0 && (step + 1) % options.CheckpointEvery == 0 && step + 1 < options.Steps)
            {
                SaveCheckpoint(Path.Combine(outputDirectory, CheckpointFolder, StepFolder(step + 1)), model, tokenizer, optimizer, new TrainingState(step + 1, options));
            }
        }
        model.eval();
        return new MlmRunResult(options.Steps - start, firstLoss, lastLoss, tokens, clock.Elapsed,
            Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart);
    }

    /// <summary>Restores the optimizer state saved with a checkpoint; a missing or damaged file is an invalid model naming it.</summary>
    private static void LoadOptimizer(AdamW optimizer, string path)
    {
        try
        {
            optimizer.load_state_dict(path);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or ExternalException)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"cannot restore the optimizer state: {e.Message}", new SourceLocation(path, 0),
                $"the {TrainingState.OptimizerFileName} written with the checkpoint", e);
        }
    }

    /// <summary>The folder name of the checkpoint after <paramref name="step"/> steps (<c>step-000100</c>).</summary>
    public static string StepFolder(int step) => "step-" + step.ToString("D6", CultureInfo.InvariantCulture);

    private static void SaveCheckpoint(string directory, MaskedLanguageModel model, ISubwordTokenizer tokenizer, AdamW optimizer, TrainingState state) =>
        EncoderCheckpoint.Save(directory, model, model.Config, tokenizer, overwrite: true, alongside: staging =>
        {
            optimizer.save_state_dict(Path.Combine(staging, TrainingState.OptimizerFileName));
            state.Write(staging);
        });

    /// <summary>The parameters <paramref name="which"/> selects, with gradients switched off for every other one.</summary>
    private static List<(string name, Parameter parameter)> TrainableParameters(MaskedLanguageModel model, TrainableWeights which)
    {
        var named = model.named_parameters().ToList();
        foreach (var (name, parameter) in named)
        {
            parameter.requires_grad = which switch
            {
                TrainableWeights.Embeddings => IsEmbeddingWeight(name),
                TrainableWeights.Body => !name.EndsWith(WordEmbeddings, StringComparison.Ordinal),
                _ => true,
            };
        }
        return named.Where(p => p.parameter.requires_grad).ToList();
    }

    private static bool IsEmbeddingWeight(string name) =>
        name.EndsWith(WordEmbeddings, StringComparison.Ordinal) || name is "lm_head.bias" or "cls.predictions.bias";

    private static AdamW CreateOptimizer(List<(string name, Parameter parameter)> named, MlmOptions options)
    {
        var decayed = named.Where(p => !NoDecay(p.name)).Select(p => p.parameter).ToList();
        var plain = named.Where(p => NoDecay(p.name)).Select(p => p.parameter).ToList();
        return optim.AdamW(
        [
            new AdamW.ParamGroup(decayed, new AdamW.Options { LearningRate = options.LearningRate, weight_decay = options.WeightDecay }),
            new AdamW.ParamGroup(plain, new AdamW.Options { LearningRate = options.LearningRate, weight_decay = 0 }),
        ], options.LearningRate);
    }

    private static bool NoDecay(string name) => name.EndsWith(".bias", StringComparison.Ordinal) || name.Contains("LayerNorm", StringComparison.Ordinal)
        || name.Contains("layer_norm", StringComparison.Ordinal) || name == "lm_head.bias";

    private static void ReportProgress(IProgress<TrainingProgress>? progress, int doneThisRun, int step, int steps, double loss, double rate, long tokens, TimeSpan elapsed)
    {
        if (progress is null)
        {
            return;
        }
        var perStep = elapsed / doneThisRun;
        progress.Report(new TrainingProgress(step, steps, loss, rate, tokens / Math.Max(elapsed.TotalSeconds, 1e-9), perStep * (steps - step)));
    }

    private static void Validate(MlmOptions options)
    {
        if (options.Steps < 1 || options.BatchSize < 1 || options.Accumulate < 1 || options.SequenceLength < 4 || !(options.LearningRate > 0) || !double.IsFinite(options.LearningRate)
            || options.WarmupRatio is < 0 or > 1 || options.MaskProbability is <= 0 or >= 1 || options.CheckpointEvery < 0 || !(options.ClipNorm > 0))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "invalid MLM training options",
                expected: "positive steps, batch, accumulation and learning rate, a sequence length of at least 4, warm-up ratio in [0, 1], mask probability in (0, 1)");
        }
    }
}
