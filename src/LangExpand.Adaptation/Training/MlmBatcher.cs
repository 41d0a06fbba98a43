using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Training;

/// <summary>
/// Deterministic micro-batches: micro-batch <c>k</c> takes sequences <c>k·B … k·B + B − 1</c> of an endless stream in which
/// every epoch is a permutation seeded by (seed, epoch), and its masking is seeded by (seed, k). So any micro-batch can be
/// rebuilt from its index alone, which makes resuming exact without saving data-loader state.
/// </summary>
public sealed class MlmBatcher
{
    private readonly IReadOnlyList<int[]> _sequences;
    private readonly SpecialTokenIds _special;
    private readonly int _vocabularySize;
    private readonly MlmOptions _options;
    private readonly Dictionary<long, int[]> _permutations = [];

    /// <summary>Batches <paramref name="sequences"/> (from <see cref="SequencePacker"/>) for a tokenizer's ids.</summary>
    public MlmBatcher(IReadOnlyList<int[]> sequences, ISubwordTokenizer tokenizer, MlmOptions options)
    {
        _sequences = sequences;
        _special = tokenizer.Special;
        _vocabularySize = tokenizer.VocabularySize;
        _options = options;
    }

    /// <summary>Builds micro-batch <paramref name="index"/> on <paramref name="device"/>.</summary>
    public MlmBatch Get(long index, Device device)
    {
        var rows = Enumerable.Range(0, _options.BatchSize).Select(i => Sequence(index * _options.BatchSize + i)).ToList();
        var length = rows.Max(r => r.Length);
        var ids = new long[rows.Count * length];
        var masked = new bool[ids.Length];
        var labels = new List<long>();
        var random = new Random(unchecked((int)(_options.Seed * 1_000_003 + index)));
        Array.Fill(ids, _special.Pad);
        var realTokens = 0L;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var t = 0; t < rows[r].Length; t++)
            {
                var cell = r * length + t;
                var id = rows[r][t];
                ids[cell] = id;
                realTokens++;
                if (_special.Contains(id) || random.NextDouble() >= _options.MaskProbability)
                {
                    continue;
                }
                masked[cell] = true;
                labels.Add(id);
                var roll = random.NextDouble();
                ids[cell] = roll < 0.8 ? _special.Mask : roll < 0.9 ? RandomOrdinaryId(random) : id;
            }
        }
        if (labels.Count == 0)
        {
            masked[1] = true;
            labels.Add(ids[1]);
            ids[1] = _special.Mask;
        }
        var padded = realTokens < ids.Length;
        return new MlmBatch(
            tensor(ids, [rows.Count, length]).to(device),
            padded ? tensor(ids, [rows.Count, length]).ne(_special.Pad).to(device) : null,
            tensor(masked, [rows.Count, length]).to(device),
            tensor(labels.ToArray()).to(device),
            realTokens);
    }

    private int[] Sequence(long position)
    {
        var epoch = position / _sequences.Count;
        if (!_permutations.TryGetValue(epoch, out var order))
        {
            order = [.. Enumerable.Range(0, _sequences.Count)];
            new Random(unchecked((int)(_options.Seed * 7919 + epoch))).Shuffle(order);
            _permutations.Clear();
            _permutations[epoch] = order;
        }
        return _sequences[order[(int)(position % _sequences.Count)]];
    }

    private long RandomOrdinaryId(Random random)
    {
        while (true)
        {
            var id = random.Next(_vocabularySize);
            if (!_special.Contains(id))
            {
                return id;
            }
        }
    }
}
