using System.Collections.Concurrent;
using LangExpand.Core.Features;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Which edit trees may answer an input, most specific first: the trees seen in training with its feature bundle (compared
/// as a set); for a bundle never seen, the trees of the seen bundles of its part of speech that share the largest fraction
/// of its atoms (Jaccard); then the trees seen with its part of speech; then every tree. Each list is in ascending tree id.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, int[]> _byBundle;
    private readonly Dictionary<string, int[]> _byPartOfSpeech;
    private readonly (BundleTrees Bundle, HashSet<string> Atoms)[] _atoms;
    private readonly int[] _all;
    private readonly ConcurrentDictionary<string, int[]> _nearest = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="bundles"/>, the training data's bundles with their trees.</summary>
    public CandidateIndex(IReadOnlyList<BundleTrees> bundles, int trees)
    {
        Bundles = bundles;
        _byBundle = bundles.ToDictionary(b => b.Bundle.ToCanonicalString(), b => b.Trees, StringComparer.Ordinal);
        _byPartOfSpeech = bundles.GroupBy(b => b.Bundle.PartOfSpeech ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(b => b.Trees).Distinct().Order().ToArray(), StringComparer.Ordinal);
        _atoms = bundles.Select(b => (b, b.Bundle.Atoms().ToHashSet(StringComparer.Ordinal))).ToArray();
        _all = Enumerable.Range(0, trees).ToArray();
    }

    /// <summary>Every bundle of the training data with its trees, in first-seen order.</summary>
    public IReadOnlyList<BundleTrees> Bundles { get; }

    /// <summary>True when <paramref name="features"/> was seen in training.</summary>
    public bool Has(FeatureBundle features) => _byBundle.ContainsKey(features.ToCanonicalString());

    /// <summary>The candidate lists for <paramref name="features"/>, to be tried in order until one has a tree that applies.</summary>
    public IEnumerable<int[]> For(FeatureBundle features)
    {
        if (_byBundle.TryGetValue(features.ToCanonicalString(), out var trees))
        {
            yield return trees;
        }
        else if (_nearest.GetOrAdd(features.ToCanonicalString(), _ => Nearest(features)) is { Length: > 0 } nearest)
        {
            yield return nearest;
        }
        if (_byPartOfSpeech.TryGetValue(features.PartOfSpeech ?? "", out trees))
        {
            yield return trees;
        }
        yield return _all;
    }

    /// <summary>The trees of the seen bundles with the same part of speech whose atoms overlap those of <paramref name="features"/> most.</summary>
    private int[] Nearest(FeatureBundle features)
    {
        var atoms = features.Atoms().ToHashSet(StringComparer.Ordinal);
        var scored = _atoms.Where(b => b.Bundle.Bundle.PartOfSpeech == features.PartOfSpeech)
            .Select(b => (b.Bundle, Overlap: (double)b.Atoms.Count(atoms.Contains) / b.Atoms.Union(atoms).Count()))
            .ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(b => b.Overlap);
        return best == 0 ? [] : scored.Where(b => b.Overlap == best).SelectMany(b => b.Bundle.Trees).Distinct().Order().ToArray();
    }

    /// <summary>Builds the index from training pairs' bundles and tree ids, in training order.</summary>
    public static CandidateIndex Build(IEnumerable<(FeatureBundle Features, int Tree)> pairs, int trees)
    {
        var bundles = new Dictionary<string, (FeatureBundle Bundle, SortedSet<int> Trees)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (features, tree) in pairs)
        {
            var key = features.ToCanonicalString();
            if (!bundles.TryGetValue(key, out var entry))
            {
                entry = bundles[key] = (features, []);
                order.Add(key);
            }
            entry.Trees.Add(tree);
        }
        return new CandidateIndex(order.Select(key => new BundleTrees(bundles[key].Bundle, [.. bundles[key].Trees])).ToList(), trees);
    }
}

/// <summary>The trees seen with one feature bundle.</summary>
/// <param name="Bundle">The bundle (its first spelling in the training data).</param>
/// <param name="Trees">Tree ids, ascending.</param>
internal sealed record BundleTrees(FeatureBundle Bundle, int[] Trees);
