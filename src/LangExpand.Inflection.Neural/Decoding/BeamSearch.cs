using LangExpand.Inflection.Neural.Data;

namespace LangExpand.Inflection.Neural.Decoding;

/// <summary>
/// One example's beam: the live hypotheses (output ids so far and their summed log-probabilities) and the best finished
/// output. Each step keeps the <c>width</c> best extensions of all live hypotheses (ties: earlier hypothesis, then lower
/// id); an extension by the end symbol finishes, and live hypotheses that can no longer beat the best finished one are dropped.
/// </summary>
/// <param name="width">Hypotheses kept per step.</param>
/// <param name="steps">The most output symbols.</param>
internal sealed class BeamSearch(int width, int steps)
{
    private (List<int> Ids, double Score)? _best;

    /// <summary>The live hypotheses, each with exactly as many ids as steps taken.</summary>
    public List<(List<int> Ids, double Score)> Alive { get; private set; } = [([], 0)];

    /// <summary>Whether step <paramref name="step"/> is still to be taken.</summary>
    public bool Searching(int step) => step < steps && Alive.Count > 0;

    /// <summary>
    /// Takes one step, given the next-symbol log-probabilities of the live hypotheses: those of hypothesis <c>i</c> start at
    /// <paramref name="offset"/> + <c>i</c> × <paramref name="symbols"/> in <paramref name="scores"/>.
    /// </summary>
    public void Advance(float[] scores, int offset, int symbols)
    {
        var candidates = Alive.SelectMany((h, i) => Enumerable.Range(0, symbols).Select(id => (Hypothesis: i, Id: id, Score: h.Score + scores[offset + (i * symbols) + id])))
            .Where(c => !double.IsNegativeInfinity(c.Score)).OrderByDescending(c => c.Score).ThenBy(c => c.Hypothesis).ThenBy(c => c.Id).Take(width).ToList();
        var next = new List<(List<int> Ids, double Score)>();
        foreach (var candidate in candidates)
        {
            if (candidate.Id != Vocabulary.End)
            {
                next.Add(([.. Alive[candidate.Hypothesis].Ids, candidate.Id], candidate.Score));
            }
            else if (_best is null || candidate.Score > _best.Value.Score)
            {
                _best = (Alive[candidate.Hypothesis].Ids, candidate.Score);
            }
        }
        Alive = _best is { } best ? [.. next.Where(h => h.Score > best.Score)] : next;
    }

    /// <summary>The best finished output and its score; unfinished, the first live hypothesis with score −∞.</summary>
    public (IReadOnlyList<int> Ids, double Score) Result() => _best is { } found ? (found.Ids, found.Score) : (Alive.FirstOrDefault().Ids ?? [], double.NegativeInfinity);
}
