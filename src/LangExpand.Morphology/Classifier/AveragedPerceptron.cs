namespace LangExpand.Morphology.Classifier;

/// <summary>
/// An averaged perceptron over hashed (feature, tree part) weights (training only; see <see cref="WeightTable"/>). Weights
/// move in whole steps, so training is exact and deterministic; the averaged weights come from the usual trick: keep
/// <c>w</c> and <c>u = Σ step·Δw</c>, and the average after <c>T</c> steps is <c>w − u / T</c>.
/// </summary>
internal sealed class AveragedPerceptron(int bits)
{
    private readonly float[] _weights = new float[1 << bits];
    private readonly long[] _totals = new long[1 << bits];
    private long _step = 1;

    /// <summary>The current weights, one per slot.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Moves weight from the parts of the predicted tree to those of the gold tree (parts both share stay).</summary>
    public void Update(ulong[] features, int[] gold, int[] predicted)
    {
        var promoted = gold.Except(predicted).ToArray();
        var demoted = predicted.Except(gold).ToArray();
        foreach (var feature in features)
        {
            foreach (var part in promoted)
            {
                Change(WeightTable.Slot(feature, part, bits), 1);
            }
            foreach (var part in demoted)
            {
                Change(WeightTable.Slot(feature, part, bits), -1);
            }
        }
    }

    /// <summary>Ends one training example.</summary>
    public void Tick() => _step++;

    /// <summary>The averaged weights, one per slot.</summary>
    public float[] Averaged()
    {
        var averaged = new float[_weights.Length];
        for (var slot = 0; slot < averaged.Length; slot++)
        {
            averaged[slot] = (float)(_weights[slot] - (double)_totals[slot] / _step);
        }
        return averaged;
    }

    private void Change(int slot, int delta)
    {
        _weights[slot] += delta;
        _totals[slot] += _step * delta;
    }
}
