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

    /// <summary>The greedy output of each example, decoded as one batch; each stops at its own <see cref="MaxOutput"/>, so an output does not depend on the batch it is in.</summary>
    public IReadOnlyList<string> Greedy(IReadOnlyList<EncodedExample> examples)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var batch = Batch.Create(examples, device, withTargets: false);
        var memory = model.Encode(batch.Source, batch.Positions, batch.Keep);
        var forbidden = tensor(_forbidden, device: device);
        var previous = full(examples.Count, 1, Vocabulary.Start, dtype: ScalarType.Int64, device: device);
        var done = zeros(examples.Count, dtype: ScalarType.Bool, device: device);
        var limits = tensor(examples.Select(e => (long)MaxOutput(e.Source.Length)).ToArray(), device: device);
        for (var step = 0; !done.all().item<bool>(); step++)
        {
            var logits = model.Decode(previous, memory, batch.Keep)[.., -1] + forbidden;
            var next = logits.argmax(-1).masked_fill(done, Vocabulary.Pad);
            done = done.logical_or(next.eq(Vocabulary.End)).logical_or(limits.le(step + 1));
            previous = cat([previous, next.unsqueeze(1)], 1);
        }
        var ids = previous.cpu().data<long>().ToArray();
        var width = (int)previous.shape[1];
        return [.. Enumerable.Range(0, examples.Count).Select(i => vocabulary.Decode(ids.Skip((i * width) + 1).Take(width - 1).Select(id => (int)id)))];
    }

    /// <summary>
    /// The highest-scoring output (sum of log-probabilities) of each example, found by a beam of <paramref name="width"/>
    /// hypotheses per example (<see cref="BeamSearch"/>), the live hypotheses of all examples decoded together. With width 1
    /// this is exactly the greedy output. Returns each output with its score.
    /// </summary>
    public IReadOnlyList<(string Form, double Score)> Beam(IReadOnlyList<EncodedExample> examples, int width)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var batch = Batch.Create(examples, device, withTargets: false);
        var memory = model.Encode(batch.Source, batch.Positions, batch.Keep);
        var forbidden = tensor(_forbidden, device: device);
        var searches = examples.Select(e => new BeamSearch(width, MaxOutput(e.Source.Length))).ToList();
        for (var step = 0; searches.Any(s => s.Searching(step)); step++)
        {
            using var stepScope = NewDisposeScope();
            var active = searches.Select((search, example) => (Search: search, Example: (long)example)).Where(a => a.Search.Searching(step)).ToList();
            var owners = active.SelectMany(a => Enumerable.Repeat(a.Example, a.Search.Alive.Count)).ToArray();
            var previous = tensor(active.SelectMany(a => a.Search.Alive).SelectMany(h => h.Ids.Prepend(Vocabulary.Start)).Select(id => (long)id).ToArray(),
                [owners.Length, step + 1], device: device);
            var rows = tensor(owners, device: device);
            var logits = model.Decode(previous, memory.index_select(0, rows), batch.Keep.index_select(0, rows))[.., -1] + forbidden;
            var scores = nn.functional.log_softmax(logits, -1).cpu().data<float>().ToArray();
            var offset = 0;
            foreach (var (search, _) in active)
            {
                var live = search.Alive.Count;
                search.Advance(scores, offset, vocabulary.Count);
                offset += live * vocabulary.Count;
            }
        }
        return [.. searches.Select(s => s.Result()).Select(r => (vocabulary.Decode(r.Ids), r.Score))];
    }
}
