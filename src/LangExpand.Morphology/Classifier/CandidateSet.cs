namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The candidate trees of one input with their parts for it (see <see cref="TreeParts"/>) deduplicated, so that each part
/// is scored once however many candidates share it.
/// </summary>
internal sealed class CandidateSet
{
    private readonly int[] _trees;
    private readonly int[] _parts;
    private readonly int[][] _index;

    /// <summary>Collects the parts of <paramref name="trees"/> (ascending tree ids) given a function from tree to parts.</summary>
    public CandidateSet(int[] trees, Func<int, IEnumerable<int>> partsOf)
    {
        _trees = trees;
        var positions = new Dictionary<int, int>();
        _index = trees.Select(tree => partsOf(tree).Select(part => positions.TryGetValue(part, out var at) ? at : positions[part] = positions.Count).ToArray()).ToArray();
        _parts = new int[positions.Count];
        foreach (var (part, at) in positions)
        {
            _parts[at] = part;
        }
    }

    /// <summary>The parts of candidate <paramref name="tree"/>.</summary>
    public int[] PartsOf(int tree) => _index[Array.IndexOf(_trees, tree)].Select(at => _parts[at]).ToArray();

    /// <summary>How many candidates there are.</summary>
    public int Count => _trees.Length;

    /// <summary>
    /// The candidate tree with the highest summed weight of its parts over <paramref name="features"/> (ties: the lower tree
    /// id), or -1 when there are no candidates; and its margin over the runner-up (infinite when it has none).
    /// </summary>
    public (int Tree, double Margin) Best(ReadOnlySpan<float> weights, ulong[] features, int bits)
    {
        Span<double> scores = _parts.Length <= 512 ? stackalloc double[_parts.Length] : new double[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            var score = 0.0;
            foreach (var feature in features)
            {
                score += weights[WeightTable.Slot(feature, _parts[i], bits)];
            }
            scores[i] = score;
        }
        var (best, bestScore, runnerUp) = (-1, 0.0, double.NegativeInfinity);
        for (var candidate = 0; candidate < _trees.Length; candidate++)
        {
            var score = 0.0;
            foreach (var at in _index[candidate])
            {
                score += scores[at];
            }
            if (best < 0 || score > bestScore)
            {
                runnerUp = best < 0 ? runnerUp : bestScore;
                (best, bestScore) = (candidate, score);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, score);
            }
        }
        return best < 0 ? (-1, 0) : (_trees[best], bestScore - runnerUp);
    }
}
