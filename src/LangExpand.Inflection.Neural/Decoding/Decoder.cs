using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Network;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Decoding;

/// <summary>
/// Greedy and beam-search decoding with a trained <see cref="Transducer"/> (in evaluation mode, without gradients). Only
/// characters and the end symbol can be produced; an output stops at the end symbol or after
/// <see cref="MaxOutput"/> symbols.
/// </summary>
internal sealed class Decoder(Transducer model, Vocabulary vocabulary, Device device, int maxLength)
{
    private readonly float[] _forbidden = [.. Enumerable.Range(0, vocabulary.Count).Select(id => vocabulary.IsOutput(id) ? 0f : float.NegativeInfinity)];

    /// <summary>The longest output for a source of <paramref name="sourceLength"/> symbols.</summary>
    public int MaxOutput(int sourceLength) => Math.Min(maxLength + 1, (2 * sourceLength) + 10);

    /// <summary>The greedy output of each example, decoded as one batch.</summary>
    public IReadOnlyList<string> Greedy(IReadOnlyList<EncodedExample> examples)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var batch = Batch.Create(examples, device, withTargets: false);
        var memory = model.Encode(batch.Source, batch.Positions, batch.Keep);
        var forbidden = tensor(_forbidden, device: device);
        var previous = full(examples.Count, 1, Vocabulary.Start, dtype: ScalarType.Int64, device: device);
        var done = zeros(examples.Count, dtype: ScalarType.Bool, device: device);
        var steps = MaxOutput(examples.Max(e => e.Source.Length));
        for (var step = 0; step < steps && !done.all().item<bool>(); step++)
        {
            var logits = model.Decode(previous, memory, batch.Keep)[.., -1] + forbidden;
            var next = logits.argmax(-1).masked_fill(done, Vocabulary.Pad);
            done = done.logical_or(next.eq(Vocabulary.End));
            previous = cat([previous, next.unsqueeze(1)], 1);
        }
        var ids = previous.cpu().data<long>().ToArray();
        var width = (int)previous.shape[1];
        return [.. Enumerable.Range(0, examples.Count).Select(i => vocabulary.Decode(ids.Skip((i * width) + 1).Take(width - 1).Select(id => (int)id)))];
    }

    /// <summary>
    /// The highest-scoring output (sum of log-probabilities) found by a beam of <paramref name="width"/> hypotheses: each step
    /// keeps the <paramref name="width"/> best extensions, those ending finish, and hypotheses that can no longer beat the best
    /// finished one are dropped. With width 1 this is exactly the greedy output. Returns it with its score.
    /// </summary>
    public (string Form, double Score) Beam(EncodedExample example, int width)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var batch = Batch.Create([example], device, withTargets: false);
        var memory = model.Encode(batch.Source, batch.Positions, batch.Keep);
        var forbidden = tensor(_forbidden, device: device);
        var alive = new List<(List<int> Ids, double Score)> { ([], 0) };
        (List<int> Ids, double Score)? best = null;
        var steps = MaxOutput(example.Source.Length);
        for (var step = 0; step < steps && alive.Count > 0; step++)
        {
            using var stepScope = NewDisposeScope();
            var previous = tensor(alive.SelectMany(h => h.Ids.Prepend(Vocabulary.Start)).Select(id => (long)id).ToArray(), [alive.Count, step + 1], device: device);
            var logits = model.Decode(previous, memory.expand(alive.Count, -1, -1), batch.Keep.expand(alive.Count, -1, -1, -1))[.., -1] + forbidden;
            var scores = nn.functional.log_softmax(logits, -1).cpu().data<float>().ToArray();
            var candidates = alive.SelectMany((h, i) => Enumerable.Range(0, vocabulary.Count).Select(id => (Hypothesis: i, Id: id, Score: h.Score + scores[(i * vocabulary.Count) + id])))
                .Where(c => !double.IsNegativeInfinity(c.Score)).OrderByDescending(c => c.Score).ThenBy(c => c.Hypothesis).ThenBy(c => c.Id).Take(width).ToList();
            var next = new List<(List<int> Ids, double Score)>();
            foreach (var candidate in candidates)
            {
                if (candidate.Id == Vocabulary.End)
                {
                    if (best is null || candidate.Score > best.Value.Score)
                    {
                        best = (alive[candidate.Hypothesis].Ids, candidate.Score);
                    }
                }
                else
                {
                    next.Add(([.. alive[candidate.Hypothesis].Ids, candidate.Id], candidate.Score));
                }
            }
            alive = best is null ? next : [.. next.Where(h => h.Score > best.Value.Score)];
        }
        return best is { } found ? (vocabulary.Decode(found.Ids), found.Score) : (vocabulary.Decode(alive.FirstOrDefault().Ids ?? []), double.NegativeInfinity);
    }
}
