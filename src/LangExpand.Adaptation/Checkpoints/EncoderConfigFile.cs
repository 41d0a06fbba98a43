using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>
/// Reads and writes Hugging Face's <c>config.json</c> for BERT and XLM-R. Sizes are required; the other fields default to the
/// family's Hugging Face defaults when absent. Writing is deterministic (fixed key order).
/// </summary>
public static class EncoderConfigFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "config.json";

    /// <summary>
    /// The most parameters a <c>config.json</c> may describe (embeddings plus encoder layers): 4 billion, above XLM-R XL's
    /// 3.5 billion. A larger configuration (a hostile or mistyped <c>vocab_size</c>, say) is refused before anything is
    /// allocated, naming the fields that make it large.
    /// </summary>
    public const long MaxParameters = 4_000_000_000;

    private static readonly string[] RequiredSizes =
        ["vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "max_position_embeddings"];

    /// <summary>Reads <c>config.json</c> of the model directory <paramref name="directory"/>.</summary>
    public static EncoderConfig Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"model configuration not found: {path}", expected: "a Hugging Face model directory with config.json");
        }
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new LangExpandException(ErrorCode.InvalidModel, "config.json is not a JSON object", new SourceLocation(path, 1));
        }
        catch (JsonException e)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"config.json is not valid JSON: {e.Message}", new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1), inner: e);
        }
        return Parse(json, path);
    }

    /// <summary>Turns a parsed <c>config.json</c> into a configuration; <paramref name="path"/> names it in errors.</summary>
    public static EncoderConfig Parse(JsonObject json, string path)
    {
        var modelType = Text(json, "model_type", "", path);
        var family = modelType switch
        {
            "bert" => EncoderFamily.Bert,
            "xlm-roberta" or "roberta" => EncoderFamily.XlmRoberta,
            _ => throw new LangExpandException(ErrorCode.InvalidModel, $"unsupported model_type '{modelType}'", new SourceLocation(path, 0), "bert, xlm-roberta or roberta"),
        };
        foreach (var key in RequiredSizes.Where(k => json[k] is null))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"config.json lacks '{key}'", new SourceLocation(path, 0), string.Join(", ", RequiredSizes));
        }
        var bert = family == EncoderFamily.Bert;
        var config = new EncoderConfig
        {
            Family = family,
            VocabSize = Int(json, "vocab_size", 0, path),
            HiddenSize = Int(json, "hidden_size", 0, path),
            NumHiddenLayers = Int(json, "num_hidden_layers", 0, path),
            NumAttentionHeads = Int(json, "num_attention_heads", 0, path),
            IntermediateSize = Int(json, "intermediate_size", 0, path),
            MaxPositionEmbeddings = Int(json, "max_position_embeddings", 0, path),
            TypeVocabSize = Int(json, "type_vocab_size", bert ? 2 : 1, path),
            LayerNormEps = Number(json, "layer_norm_eps", bert ? 1e-12 : 1e-5, path),
            PadTokenId = Int(json, "pad_token_id", bert ? 0 : 1, path),
            BosTokenId = Int(json, "bos_token_id", 0, path),
            EosTokenId = Int(json, "eos_token_id", 2, path),
            HiddenAct = Text(json, "hidden_act", "gelu", path),
            HiddenDropoutProb = Number(json, "hidden_dropout_prob", 0.1, path),
            AttentionProbsDropoutProb = Number(json, "attention_probs_dropout_prob", 0.1, path),
            ClassifierDropout = json["classifier_dropout"] is null ? null : Number(json, "classifier_dropout", 0, path),
            InitializerRange = Number(json, "initializer_range", 0.02, path),
            PreLayerNorm = json["pre_layer_norm"] is { } preLayerNorm
                ? preLayerNorm.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? preLayerNorm.GetValue<bool>()
                    : throw new LangExpandException(ErrorCode.InvalidModel, $"'pre_layer_norm' is not true or false: {preLayerNorm.ToJsonString()}", new SourceLocation(path, 0))
                : false,
            Labels = ReadLabels(json, path),
            WordPooling = Text(json, "word_pooling", EncoderConfig.FirstSubword, path),
            ClassifiesSequences = Architectures(json).Contains("ForSequenceClassification", StringComparison.Ordinal),
        };
        Validate(config, path);
        return config;
    }

    /// <summary>Writes <paramref name="config"/> as <c>config.json</c> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, EncoderConfig config)
    {
        var xlmr = config.Family == EncoderFamily.XlmRoberta;
        var json = new JsonObject
        {
            ["architectures"] = new JsonArray((xlmr ? "XLMRoberta" : "Bert") + Head(config)),
            ["attention_probs_dropout_prob"] = config.AttentionProbsDropoutProb,
            ["bos_token_id"] = config.BosTokenId,
            ["eos_token_id"] = config.EosTokenId,
            ["hidden_act"] = config.HiddenAct,
            ["hidden_dropout_prob"] = config.HiddenDropoutProb,
            ["hidden_size"] = config.HiddenSize,
            ["initializer_range"] = config.InitializerRange,
            ["intermediate_size"] = config.IntermediateSize,
            ["layer_norm_eps"] = config.LayerNormEps,
            ["max_position_embeddings"] = config.MaxPositionEmbeddings,
            ["model_type"] = xlmr ? "xlm-roberta" : "bert",
            ["num_attention_heads"] = config.NumAttentionHeads,
            ["num_hidden_layers"] = config.NumHiddenLayers,
            ["pad_token_id"] = config.PadTokenId,
            ["position_embedding_type"] = "absolute",
            ["type_vocab_size"] = config.TypeVocabSize,
            ["vocab_size"] = config.VocabSize,
        };
        if (config.ClassifierDropout is { } classifierDropout)
        {
            json["classifier_dropout"] = classifierDropout;
        }
        if (config.PreLayerNorm)
        {
            json["pre_layer_norm"] = true;
        }
        if (config.WordPooling != EncoderConfig.FirstSubword)
        {
            json["word_pooling"] = config.WordPooling;
        }
        if (config.Labels is { } labels)
        {
            json["id2label"] = new JsonObject(labels.Select((l, i) => KeyValuePair.Create(i.ToString(CultureInfo.InvariantCulture), (JsonNode?)l)));
            json["label2id"] = new JsonObject(labels.Select((l, i) => KeyValuePair.Create(l, (JsonNode?)i)));
        }
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static string Head(EncoderConfig config) =>
        config.Labels is null ? "ForMaskedLM" : config.ClassifiesSequences ? "ForSequenceClassification" : "ForTokenClassification";

    private static string Architectures(JsonObject json) => json["architectures"]?.ToJsonString() ?? "";

    private static IReadOnlyList<string>? ReadLabels(JsonObject json, string path)
    {
        if (json["id2label"] is not JsonObject map || Architectures(json).Contains("ForMaskedLM", StringComparison.Ordinal))
        {
            return null;
        }
        var labels = new string[map.Count];
        foreach (var (key, value) in map)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= labels.Length || value?.GetValueKind() != JsonValueKind.String || labels[id] is not null)
            {
                throw new LangExpandException(ErrorCode.InvalidModel, $"config.json's id2label has a bad entry '{key}'", new SourceLocation(path, 0),
                    "ids 0 … n−1, each mapped to a label string");
            }
            labels[id] = value.GetValue<string>();
        }
        return labels;
    }

    private static void Validate(EncoderConfig config, string path)
    {
        var location = new SourceLocation(path, 0);
        if (config.VocabSize < 1 || config.HiddenSize < 1 || config.NumHiddenLayers < 0 || config.IntermediateSize < 1 || config.TypeVocabSize < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "config.json has a non-positive size", location, "positive sizes");
        }
        CheckParameterCount(config, location);
        if (config.WordPooling is not (EncoderConfig.FirstSubword or EncoderConfig.MeanOfSubwords))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"'word_pooling' is '{config.WordPooling}'", location, $"{EncoderConfig.FirstSubword} or {EncoderConfig.MeanOfSubwords}");
        }
        if (config.NumAttentionHeads < 1 || config.HiddenSize % config.NumAttentionHeads != 0)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"hidden_size {config.HiddenSize} is not a multiple of num_attention_heads {config.NumAttentionHeads}", location);
        }
        if (config.PadTokenId < 0 || config.PadTokenId >= config.VocabSize || config.MaxSequenceLength < 2)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "pad_token_id or max_position_embeddings out of range", location,
                "0 ≤ pad_token_id < vocab_size and room for at least two positions");
        }
        if (!(config.LayerNormEps > 0) || !(config.InitializerRange >= 0)
            || new[] { config.HiddenDropoutProb, config.AttentionProbsDropoutProb, config.ClassifierDropout ?? 0 }.Any(p => !(p is >= 0 and < 1)))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "layer_norm_eps, initializer_range or a dropout probability is out of range", location,
                "layer_norm_eps > 0, initializer_range ≥ 0, 0 ≤ dropout probabilities < 1");
        }
        Activations.Resolve(config.HiddenAct);
    }

    /// <summary>Refuses a configuration of more than <see cref="MaxParameters"/> parameters, naming its largest part's fields.</summary>
    private static void CheckParameterCount(EncoderConfig config, SourceLocation location)
    {
        double hidden = config.HiddenSize, intermediate = config.IntermediateSize;
        var layer = 4 * (hidden * hidden + hidden) + 2 * hidden * intermediate + intermediate + 5 * hidden;
        (string Fields, double Count)[] parts =
        [
            ($"vocab_size {config.VocabSize} × hidden_size {config.HiddenSize}", config.VocabSize * hidden),
            ($"max_position_embeddings {config.MaxPositionEmbeddings} × hidden_size {config.HiddenSize}", config.MaxPositionEmbeddings * hidden),
            ($"type_vocab_size {config.TypeVocabSize} × hidden_size {config.HiddenSize}", config.TypeVocabSize * hidden),
            ($"num_hidden_layers {config.NumHiddenLayers} of hidden_size {config.HiddenSize} and intermediate_size {config.IntermediateSize}",
                config.NumHiddenLayers * layer),
        ];
        var total = parts.Sum(p => p.Count);
        if (total > MaxParameters)
        {
            var largest = parts.MaxBy(p => p.Count);
            throw new LangExpandException(ErrorCode.InvalidModel,
                $"config.json describes {total:0.##e0} parameters, {largest.Count:0.##e0} of them from {largest.Fields}", location,
                $"at most {MaxParameters:#,0} parameters (EncoderConfigFile.MaxParameters)");
        }
    }

    private static int Int(JsonObject json, string key, int fallback, string path) => json[key] is { } node
        ? node.GetValueKind() == JsonValueKind.Number && node.GetValue<double>() is var value && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new LangExpandException(ErrorCode.InvalidModel, $"'{key}' is not an integer: {node.ToJsonString()}", new SourceLocation(path, 0))
        : fallback;

    private static string Text(JsonObject json, string key, string fallback, string path) => json[key] is { } node
        ? node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new LangExpandException(ErrorCode.InvalidModel, $"'{key}' is not a string: {node.ToJsonString()}", new SourceLocation(path, 0))
        : fallback;

    private static double Number(JsonObject json, string key, double fallback, string path) => json[key] is { } node
        ? node.GetValueKind() == JsonValueKind.Number
            ? node.GetValue<double>()
            : throw new LangExpandException(ErrorCode.InvalidModel, $"'{key}' is not a number: {node.ToJsonString()}", new SourceLocation(path, 0))
        : fallback;
}
