using LangExpand.Core.Features;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Which edit trees may answer an input, most specific first: the trees seen in training with its feature bundle (compared
/// as a set), then the trees seen with its part of speech, then every tree. Each list is in ascending tree id.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, int[]> _byBundle;
    private readonly Dictionary<string, int[]> _byPartOfSpeech;
    private readonly int[] _all;

    /// <summary>Indexes <paramref name="bundles"/>, the training data's bundles with their trees.</summary>
    public CandidateIndex(IReadOnlyList<BundleTrees> bundles, int trees)
    {
        Bundles = bundles;
        _byBundle = bundles.ToDictionary(b => b.Bundle, b => b.Trees, StringComparer.Ordinal);
        _byPartOfSpeech = bundles.GroupBy(b => b.PartOfSpeech, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(b => b.Trees).Distinct().Order().ToArray(), StringComparer.Ordinal);
        _all = Enumerable.Range(0, trees).ToArray();
    }

    /// <summary>Every bundle of the training data with its trees, in first-seen order.</summary>
    public IReadOnlyList<BundleTrees> Bundles { get; }

    /// <summary>The candidate lists for <paramref name="features"/>, to be tried in order until one has a tree that applies.</summary>
    public IEnumerable<int[]> For(FeatureBundle features)
    {
        if (_byBundle.TryGetValue(features.ToCanonicalString(), out var trees))
        {
            yield return trees;
        }
        if (_byPartOfSpeech.TryGetValue(features.PartOfSpeech ?? "", out trees))
        {
            yield return trees;
        }
        yield return _all;
    }

    /// <summary>Builds the index from training pairs' bundles and tree ids, in training order.</summary>
    public static CandidateIndex Build(IEnumerable<(FeatureBundle Features, int Tree)> pairs, int trees)
    {
        var bundles = new Dictionary<string, (string PartOfSpeech, SortedSet<int> Trees)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (features, tree) in pairs)
        {
            var key = features.ToCanonicalString();
            if (!bundles.TryGetValue(key, out var entry))
            {
                entry = bundles[key] = (features.PartOfSpeech ?? "", []);
                order.Add(key);
            }
            entry.Trees.Add(tree);
        }
        return new CandidateIndex(order.Select(key => new BundleTrees(key, bundles[key].PartOfSpeech, [.. bundles[key].Trees])).ToList(), trees);
    }
}

/// <summary>The trees seen with one feature bundle.</summary>
/// <param name="Bundle">The bundle in canonical spelling.</param>
/// <param name="PartOfSpeech">Its part of speech, empty when it has none.</param>
/// <param name="Trees">Tree ids, ascending.</param>
internal sealed record BundleTrees(string Bundle, string PartOfSpeech, int[] Trees);
