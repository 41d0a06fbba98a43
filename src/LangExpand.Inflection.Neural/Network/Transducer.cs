using LangExpand.Inflection.Neural.Config;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Network;

/// <summary>
/// Wu et al.'s feature-invariant transformer: one embedding table for characters and feature atoms (tied to the output
/// projection), sinusoidal positions added to characters only (position 0 adds nothing, so features have no position and
/// their order cannot matter), pre-norm encoder and decoder stacks, and a final layer norm on each.
/// </summary>
internal sealed class Transducer : nn.Module
{
    private readonly Embedding embedding;
    private readonly ModuleList<TransformerLayer> encoder;
    private readonly LayerNorm encoderNorm;
    private readonly ModuleList<TransformerLayer> decoder;
    private readonly LayerNorm decoderNorm;
    private Tensor _positions;
    private readonly double _scale;
    private readonly double _dropout;

    /// <summary>A freshly initialised transducer over <paramref name="symbols"/> symbols (initialisation draws from libtorch's default generator).</summary>
    public Transducer(NeuralConfig config, int symbols) : base(nameof(Transducer))
    {
        var size = config.ModelSize;
        embedding = nn.Embedding(symbols, size, padding_idx: 0);
        encoder = nn.ModuleList([.. Enumerable.Range(0, config.EncoderLayers).Select(_ => new TransformerLayer(size, config.FeedForwardSize, config.Heads, config.Dropout, cross: false))]);
        encoderNorm = nn.LayerNorm(size);
        decoder = nn.ModuleList([.. Enumerable.Range(0, config.DecoderLayers).Select(_ => new TransformerLayer(size, config.FeedForwardSize, config.Heads, config.Dropout, cross: true))]);
        decoderNorm = nn.LayerNorm(size);
        _positions = Sinusoids(config.MaxLength + 2, size);
        _scale = Math.Sqrt(size);
        _dropout = config.Dropout;
        RegisterComponents();
        using (no_grad())
        {
            nn.init.normal_(embedding.weight, 0, 1 / _scale);
            embedding.weight![0].zero_();
        }
    }

    /// <summary>The encoder's output for <paramref name="source"/> ids at <paramref name="positions"/>; <paramref name="keep"/> marks non-padding (batch, 1, 1, length).</summary>
    public Tensor Encode(Tensor source, Tensor positions, Tensor keep)
    {
        using var scope = NewDisposeScope();
        var x = Embed(source, positions);
        foreach (var layer in encoder)
        {
            x = layer.Forward(x, keep, causal: false);
        }
        return encoderNorm.forward(x).MoveToOuterDisposeScope();
    }

    /// <summary>Next-symbol logits (batch, length, symbols) for the decoder inputs <paramref name="previous"/> (start symbol first).</summary>
    public Tensor Decode(Tensor previous, Tensor memory, Tensor memoryKeep)
    {
        using var scope = NewDisposeScope();
        var positions = arange(1, previous.shape[1] + 1, dtype: ScalarType.Int64, device: previous.device).unsqueeze(0).expand(previous.shape[0], -1);
        var x = Embed(previous, positions);
        foreach (var layer in decoder)
        {
            x = layer.Forward(x, null, causal: true, memory, memoryKeep);
        }
        return nn.functional.linear(decoderNorm.forward(x), embedding.weight!).MoveToOuterDisposeScope();
    }

    /// <summary>Moves the module and its position table to <paramref name="device"/>.</summary>
    public Transducer MoveTo(Device device)
    {
        this.to(device);
        _positions = _positions.to(device).DetachFromDisposeScope();
        return this;
    }

    private Tensor Embed(Tensor ids, Tensor positions)
    {
        return nn.functional.dropout(embedding.forward(ids) * _scale + _positions.index_select(0, positions.flatten()).view(ids.shape[0], ids.shape[1], -1), _dropout, training);
    }

    /// <summary>Sinusoidal position encodings; row 0 is zero (no position).</summary>
    private static Tensor Sinusoids(int rows, int size)
    {
        var position = arange(rows, dtype: ScalarType.Float32).unsqueeze(1);
        var frequency = exp(arange(0, size, 2, dtype: ScalarType.Float32) * (-Math.Log(10000.0) / size));
        var table = zeros(rows, size);
        table[.., TensorIndex.Slice(0, null, 2)] = sin(position * frequency);
        table[.., TensorIndex.Slice(1, null, 2)] = cos(position * frequency);
        table[0].zero_();
        return table.DetachFromDisposeScope();
    }
}
