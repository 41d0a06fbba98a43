namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// A trained perceptron's weights, compact: features in ordinal order of their names, and for feature <c>f</c> the
/// labels <c>Labels[Offsets[f]..Offsets[f+1]]</c> (ascending) with weights <c>Values[…]</c>.
/// </summary>
internal sealed class PerceptronWeights : IFeatureScorer
{
    private PerceptronWeights(FeatureTable features, int[] offsets, int[] labels, float[] values) =>
        (Features, Offsets, Labels, Values) = (features, offsets, labels, values);

    /// <summary>The feature names (frozen: unknown names have id -1).</summary>
    public FeatureTable Features { get; }

    /// <summary>Where each feature's weights start in <see cref="Labels"/> and <see cref="Values"/>; one more entry than features.</summary>
    public int[] Offsets { get; }

    /// <summary>Label index of each weight.</summary>
    public int[] Labels { get; }

    /// <summary>The weights.</summary>
    public float[] Values { get; }

    /// <summary>The weights of <paramref name="rows"/>, which come in ordinal order of feature, then ascending label.</summary>
    public static PerceptronWeights Build(IEnumerable<(string Feature, int Label, float Weight)> rows)
    {
        var (names, offsets, labels, values) = (new List<string>(), new List<int>(), new List<int>(), new List<float>());
        foreach (var (feature, label, weight) in rows)
        {
            if (names.Count == 0 || names[^1] != feature)
            {
                names.Add(feature);
                offsets.Add(labels.Count);
            }
            labels.Add(label);
            values.Add(weight);
        }
        offsets.Add(labels.Count);
        return new PerceptronWeights(FeatureTable.Frozen(names), [.. offsets], [.. labels], [.. values]);
    }

    /// <summary>The averaged weights of a training run, whose feature names are those of <paramref name="table"/>.</summary>
    public static PerceptronWeights Average(AveragingWeights weights, FeatureTable table) =>
        Build(weights.Averages().Select(w => (table.Names[w.Feature], w.Label, w.Weight))
            .OrderBy(w => w.Item1, StringComparer.Ordinal).ThenBy(w => w.Label));

    /// <summary>Each weight as (feature, label, weight), in the order of <see cref="Build"/>.</summary>
    public IEnumerable<(string Feature, int Label, float Weight)> Rows() =>
        Enumerable.Range(0, Features.Names.Count).SelectMany(f =>
            Enumerable.Range(Offsets[f], Offsets[f + 1] - Offsets[f]).Select(k => (Features.Names[f], Labels[k], Values[k])));

    /// <inheritdoc />
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            for (var k = Offsets[feature]; k < Offsets[feature + 1]; k++)
            {
                scores[Labels[k]] += Values[k];
            }
        }
    }
}
