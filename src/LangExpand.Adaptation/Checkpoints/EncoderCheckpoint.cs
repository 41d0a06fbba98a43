using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Tokenization;
using LangExpand.Torch.Runtime;
using LangExpand.Torch.Safetensors;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>
/// Model directories in Hugging Face layout: <c>config.json</c>, <c>model.safetensors</c> (or shards with an index; F32, F16
/// or BF16, loaded as F32) and the tokenizer files (<see cref="TokenizerDirectory"/>).
/// </summary>
public static class EncoderCheckpoint
{
    /// <summary>The folder of periodic training checkpoints that a run keeps inside its output directory.</summary>
    public const string TrainingCheckpoints = "checkpoints";

    /// <summary>Loads the masked language model of <paramref name="directory"/> onto <paramref name="device"/> (CPU when null).</summary>
    public static LoadedEncoder LoadMaskedLm(string directory, Device? device = null, WeightLoadOptions? options = null)
    {
        TorchRuntime.EnsureLoaded();
        var config = EncoderConfigFile.Read(directory);
        var tokenizer = TokenizerDirectory.Load(directory);
        CheckTokenizer(config, tokenizer, directory);
        var model = new MaskedLanguageModel(config);
        WeightInitializer.Initialize(model, config);
        var report = LoadWeightsInto(model, config, directory, options);
        model.eval();
        if (device is not null)
        {
            model.to(device);
        }
        return new LoadedEncoder(model, tokenizer, report);
    }

    /// <summary>Loads the weights of <paramref name="directory"/> into <paramref name="model"/> (configured as <paramref name="config"/>).</summary>
    public static LoadReport LoadWeightsInto(nn.Module model, EncoderConfig config, string directory, WeightLoadOptions? options = null)
    {
        var tensors = SafetensorsCheckpoint.Load(directory, ScalarType.Float32);
        try
        {
            return WeightLoader.Load(model, config, tensors, directory, options);
        }
        finally
        {
            foreach (var tensor in tensors.Values)
            {
                tensor.Dispose();
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="model"/> and <paramref name="tokenizer"/> into <paramref name="directory"/>: <c>config.json</c>,
    /// the weights (sharded above <paramref name="maxShardBytes"/>) and the tokenizer files, staged and swapped in whole (see
    /// <see cref="StagedDirectory"/>). A directory that already holds a model is refused unless <paramref name="overwrite"/>;
    /// a file, or a directory holding anything but a model and its training checkpoints, always is.
    /// </summary>
    public static void Save(string directory, MaskedLanguageModel model, ISubwordTokenizer tokenizer, bool overwrite = false, long maxShardBytes = long.MaxValue) =>
        Save(directory, model, model.Config, tokenizer, overwrite, maxShardBytes);

    /// <summary>
    /// Writes any encoder-based <paramref name="model"/> configured as <paramref name="config"/> (a task model's config carries
    /// its labels) with <paramref name="tokenizer"/>, as <see cref="Save(string, MaskedLanguageModel, ISubwordTokenizer, bool, long)"/>;
    /// <paramref name="alongside"/> writes further files into the staged directory (a training checkpoint's optimizer and state).
    /// </summary>
    public static void Save(string directory, nn.Module model, EncoderConfig config, ISubwordTokenizer tokenizer, bool overwrite = false,
        long maxShardBytes = long.MaxValue, Action<string>? alongside = null)
    {
        if (overwrite)
        {
            EnsureNoOtherContent(directory);
        }
        else
        {
            EnsureNoModel(directory);
        }
        CheckTokenizer(config, tokenizer, directory);
        var tensors = CpuTensors(model);
        try
        {
            StagedDirectory.Write(directory, staging =>
            {
                SafetensorsCheckpoint.Save(staging, tensors, maxShardBytes);
                TokenizerDirectory.Save(tokenizer, staging);
                alongside?.Invoke(staging);
                EncoderConfigFile.Write(staging, config);
            }, carry: [TrainingCheckpoints]);
        }
        finally
        {
            foreach (var tensor in tensors.Values)
            {
                tensor.Dispose();
            }
        }
    }

    /// <summary>
    /// Checks, without loading the weights, that <paramref name="directory"/> is a model this project can load: its
    /// <c>config.json</c>, a tokenizer that fits it, and weight files whose headers parse (for a pipeline to refuse a broken
    /// model before hours of other steps).
    /// </summary>
    public static void Check(string directory)
    {
        var config = EncoderConfigFile.Read(directory);
        CheckTokenizer(config, TokenizerDirectory.Load(directory), directory);
        SafetensorsCheckpoint.CheckHeaders(directory);
    }

    /// <summary>
    /// Fails when <paramref name="directory"/> already holds a model (so that a run does not overwrite one at its end), or
    /// cannot hold one (see <see cref="EnsureNoOtherContent"/>); call it before the work.
    /// </summary>
    public static void EnsureNoModel(string directory)
    {
        var configPath = Path.Combine(directory, EncoderConfigFile.FileName);
        if (File.Exists(configPath))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "the output directory already holds a model", new SourceLocation(configPath, 0),
                "a new or empty output directory");
        }
        EnsureNoOtherContent(directory);
    }

    /// <summary>
    /// Fails when <paramref name="directory"/> is a file, or a directory holding files that are neither a model (it has no
    /// <c>config.json</c>) nor this project's training checkpoints: a model is never written among a user's own files.
    /// </summary>
    private static void EnsureNoOtherContent(string directory)
    {
        if (File.Exists(directory))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"cannot write a model to {directory}: it is a file", expected: "a new or empty output directory");
        }
        if (Directory.Exists(directory) && !File.Exists(Path.Combine(directory, EncoderConfigFile.FileName))
            && Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).FirstOrDefault(name => name != TrainingCheckpoints) is { } other)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"refusing to write a model into {directory}: it holds {other}, and is not a model directory",
                new SourceLocation(Path.Combine(directory, other), 0), "a new or empty output directory");
        }
    }

    /// <summary>Contiguous CPU copies of the model's parameters, by Hugging Face name.</summary>
    public static Dictionary<string, Tensor> CpuTensors(nn.Module model)
    {
        using var noGrad = no_grad();
        return model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().cpu().contiguous().clone(), StringComparer.Ordinal);
    }

    /// <summary>Fails when the ids of <paramref name="tokenizer"/> do not fit the embedding matrix of <paramref name="config"/>.</summary>
    internal static void CheckTokenizer(EncoderConfig config, ISubwordTokenizer tokenizer, string directory)
    {
        if (tokenizer.VocabularySize > config.VocabSize || tokenizer.Special.Pad != config.PadTokenId)
        {
            throw new LangExpandException(ErrorCode.InvalidModel,
                $"the tokenizer ({tokenizer.VocabularySize} ids, pad {tokenizer.Special.Pad}) does not fit the model (vocab_size {config.VocabSize}, pad_token_id {config.PadTokenId})",
                new SourceLocation(directory, 0), "a tokenizer whose ids fit the embedding matrix");
        }
    }
}
