using System.Text.Json.Nodes;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Checkpoints;

/// <summary>
/// One directory of <c>Fixtures/hf-parity</c> (written by <c>tools/fixtures/hf_parity.py</c>): a model saved by Hugging Face
/// transformers and, in <c>expected.json</c>, its inputs and outputs.
/// </summary>
internal sealed class HuggingFaceFixture
{
    private readonly JsonObject _expected;

    private HuggingFaceFixture(string directory, JsonObject expected)
    {
        Directory = directory;
        _expected = expected;
    }

    /// <summary>The model directory (<c>config.json</c>, <c>model.safetensors</c>).</summary>
    public string Directory { get; }

    /// <summary>Reads the fixture <paramref name="name"/> copied beside the test binary.</summary>
    public static HuggingFaceFixture Load(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-parity", name);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")))!.AsObject();
        return new HuggingFaceFixture(directory, expected);
    }

    /// <summary><c>input_ids</c> (<c>[batch, length]</c>, int64).</summary>
    public Tensor InputIds() => Read("input_ids", ScalarType.Int64);

    /// <summary><c>attention_mask</c> as booleans (<c>[batch, length]</c>), true at real tokens.</summary>
    public Tensor RealTokens()
    {
        using var mask = Read("attention_mask", ScalarType.Int64);
        return mask.to(ScalarType.Bool);
    }

    /// <summary><c>last_hidden_state</c> (<c>[batch, length, hidden]</c>).</summary>
    public Tensor LastHiddenState() => Read("last_hidden_state", ScalarType.Float32);

    /// <summary><c>logits</c> (<c>[batch, length, classes]</c>, or <c>[batch, labels]</c> for sequence classification).</summary>
    public Tensor Logits() => Read("logits", ScalarType.Float32);

    private Tensor Read(string key, ScalarType type)
    {
        var node = _expected[key] ?? throw new InvalidDataException($"{Directory}/expected.json lacks '{key}'");
        var shape = new List<long>();
        for (var level = node; level is JsonArray array; level = array[0])
        {
            shape.Add(array.Count);
        }
        var values = new List<double>();
        Flatten(node, values);
        using var flat = tensor(values.ToArray(), dtype: ScalarType.Float64);
        return flat.reshape([.. shape]).to(type);
    }

    private static void Flatten(JsonNode node, List<double> values)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Flatten(item!, values);
            }
        }
        else
        {
            values.Add(node.GetValue<double>());
        }
    }
}
