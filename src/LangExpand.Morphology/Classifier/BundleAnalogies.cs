using LangExpand.Core.Features;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Routes to a feature bundle never seen in training through seen ones: a route is a seen bundle <c>B'</c> that differs from
/// the wanted bundle <c>B</c> by swapping at most two top-level features for at most two others, and a pair of seen bundles
/// <c>B''</c>, <c>B'''</c> that differ by the same swap (<c>B'' − B''' = B' − B</c> and <c>B''' − B'' = B − B'</c>), so that
/// <c>form(B'') : form(B''') :: form(B') : form(B)</c> is a proportional analogy between forms of one lemma. Features are
/// compared by their canonical spelling (a layered feature such as <c>NOM(3,SG)</c> is one feature).
/// </summary>
internal sealed class BundleAnalogies
{
    private const int MaxSwap = 2;
    private const char Separator = '\u0001';

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(FeatureBundle Bundle, string Removed, int RemovedCount)>> _byResidue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, FeatureBundle>> _byRemovedThenResidue = new(StringComparer.Ordinal);

    /// <summary>Indexes the seen bundles.</summary>
    public BundleAnalogies(IEnumerable<FeatureBundle> seen)
    {
        foreach (var bundle in seen)
        {
            var features = Features(bundle);
            if (!_seen.Add(Key(features)))
            {
                continue;
            }
            foreach (var removed in Subsets(features).Prepend([]))
            {
                var residue = Key(features.Except(removed));
                var removedKey = Key(removed);
                if (!_byResidue.TryGetValue(residue, out var near))
                {
                    _byResidue[residue] = near = [];
                }
                near.Add((bundle, removedKey, removed.Length));
                if (!_byRemovedThenResidue.TryGetValue(removedKey, out var byResidue))
                {
                    _byRemovedThenResidue[removedKey] = byResidue = new Dictionary<string, FeatureBundle>(StringComparer.Ordinal);
                }
                byResidue[residue] = bundle;
            }
        }
    }

    /// <summary>
    /// Routes to <paramref name="wanted"/>, smallest swaps first (by the larger side, then the total), at most
    /// <paramref name="limit"/> per swap size; each as (<c>B'</c>, <c>B''</c>, <c>B'''</c>). Deterministic for the same index.
    /// </summary>
    public IEnumerable<IReadOnlyList<Route>> Routes(FeatureBundle wanted, int limit)
    {
        var features = Features(wanted);
        var bySize = new SortedDictionary<(int, int), List<Route>>();
        foreach (var added in Subsets(features).Prepend([]))
        {
            if (!_byResidue.TryGetValue(Key(features.Except(added)), out var near)
                || !_byRemovedThenResidue.TryGetValue(Key(added), out var withAdded))
            {
                continue;
            }
            foreach (var (source, removedKey, removedCount) in near)
            {
                var size = (Math.Max(removedCount, added.Length), removedCount + added.Length);
                if (size.Item2 == 0 || !_byRemovedThenResidue.TryGetValue(removedKey, out var withRemoved))
                {
                    continue;
                }
                if (!bySize.TryGetValue(size, out var routes))
                {
                    bySize[size] = routes = [];
                }
                var (small, large) = withRemoved.Count <= withAdded.Count ? (withRemoved, withAdded) : (withAdded, withRemoved);
                foreach (var residue in small.Keys.Where(large.ContainsKey))
                {
                    if (routes.Count >= limit)
                    {
                        break;
                    }
                    routes.Add(new Route(source, withRemoved[residue], withAdded[residue]));
                }
            }
        }
        return bySize.Values.Where(routes => routes.Count > 0);
    }

    private static string[] Features(FeatureBundle bundle) => bundle.Elements.Select(e => e.Canonical).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string Key(IEnumerable<string> features) => string.Join(Separator, features.Order(StringComparer.Ordinal));

    /// <summary>The non-empty subsets of at most <see cref="MaxSwap"/> features.</summary>
    private static IEnumerable<string[]> Subsets(string[] features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            yield return [features[i]];
            for (var j = i + 1; j < features.Length && MaxSwap > 1; j++)
            {
                yield return [features[i], features[j]];
            }
        }
    }

    /// <summary>One route: <c>form(From) : form(To) :: form(Source) : form(wanted)</c>.</summary>
    /// <param name="Source">The seen bundle nearest the wanted one (<c>B'</c>).</param>
    /// <param name="From">A seen bundle with the features <c>B'</c> has and the wanted one lacks (<c>B''</c>).</param>
    /// <param name="To">The same bundle with the wanted features instead (<c>B'''</c>).</param>
    public readonly record struct Route(FeatureBundle Source, FeatureBundle From, FeatureBundle To);
}
