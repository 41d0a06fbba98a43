using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Data;

/// <summary>
/// Padded tensors of a batch of <see cref="EncodedExample"/>s: source ids and positions, the mask of real source symbols
/// (batch, 1, 1, length), and for training the decoder inputs (start symbol, then the target shifted) and the targets.
/// </summary>
internal sealed class Batch : IDisposable
{
    private Batch(Tensor source, Tensor positions, Tensor keep, Tensor? previous, Tensor? target)
    {
        Source = source;
        Positions = positions;
        Keep = keep;
        Previous = previous;
        Target = target;
    }

    /// <summary>Source ids (batch, length), padded with <see cref="Vocabulary.Pad"/>.</summary>
    public Tensor Source { get; }

    /// <summary>Source positions (0 for features and padding).</summary>
    public Tensor Positions { get; }

    /// <summary>True where the source has a symbol (batch, 1, 1, length).</summary>
    public Tensor Keep { get; }

    /// <summary>Decoder inputs (batch, target length): start symbol then the target without its last symbol.</summary>
    public Tensor? Previous { get; }

    /// <summary>Targets (batch, target length), padded with <see cref="Vocabulary.Pad"/> (ignored by the loss).</summary>
    public Tensor? Target { get; }

    /// <summary>The batch of <paramref name="examples"/> on <paramref name="device"/>; with targets when <paramref name="withTargets"/>.</summary>
    public static Batch Create(IReadOnlyList<EncodedExample> examples, Device device, bool withTargets)
    {
        var width = Math.Max(1, examples.Max(e => e.Source.Length));
        var source = new long[examples.Count * width];
        var positions = new long[examples.Count * width];
        var keep = new bool[examples.Count * width];
        for (var i = 0; i < examples.Count; i++)
        {
            for (var j = 0; j < examples[i].Source.Length; j++)
            {
                source[(i * width) + j] = examples[i].Source[j];
                positions[(i * width) + j] = examples[i].Positions[j];
                keep[(i * width) + j] = true;
            }
            keep[i * width] = true;
        }
        var sourceTensor = tensor(source, [examples.Count, width], device: device);
        var positionTensor = tensor(positions, [examples.Count, width], device: device);
        var keepTensor = tensor(keep, [examples.Count, 1, 1, width], device: device);
        if (!withTargets)
        {
            return new Batch(sourceTensor, positionTensor, keepTensor, null, null);
        }
        var length = examples.Max(e => e.Target.Length);
        var previous = new long[examples.Count * length];
        var target = new long[examples.Count * length];
        for (var i = 0; i < examples.Count; i++)
        {
            var t = examples[i].Target;
            for (var j = 0; j < t.Length; j++)
            {
                target[(i * length) + j] = t[j];
                previous[(i * length) + j] = j == 0 ? Vocabulary.Start : t[j - 1];
            }
        }
        return new Batch(sourceTensor, positionTensor, keepTensor, tensor(previous, [examples.Count, length], device: device), tensor(target, [examples.Count, length], device: device));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Source.Dispose();
        Positions.Dispose();
        Keep.Dispose();
        Previous?.Dispose();
        Target?.Dispose();
    }
}
