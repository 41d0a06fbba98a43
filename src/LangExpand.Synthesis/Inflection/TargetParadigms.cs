using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Synthesis.Inflection;

/// <summary>
/// The target language's paradigm table (UniMorph or SIGMORPHON data): its cells by (lemma, bundle) and its bundle
/// inventory per part of speech with frequencies, used to pick the bundle that carries a source word's features.
/// </summary>
public sealed class TargetParadigms
{
    private readonly Dictionary<(string Lemma, string Bundle), string> _cells = [];
    private readonly Dictionary<string, Dictionary<FeatureBundle, int>> _inventory = new(StringComparer.Ordinal);
    private readonly HashSet<(string Pos, string Ending)> _endings = [];
    private readonly Dictionary<string, SharedBundle> _bundles = new(StringComparer.Ordinal);

    /// <summary>How many final characters of a lemma <see cref="HasLemmaEnding"/> compares.</summary>
    public const int EndingLength = 2;

    /// <summary>Indexes the triples that have forms.</summary>
    public TargetParadigms(IEnumerable<InflectionTriple> triples)
    {
        foreach (var triple in triples.Where(t => !string.IsNullOrEmpty(t.Form)))
        {
            var lemma = triple.Lemma.ToLowerInvariant();
            var bundle = Shared(triple.Features).Bundle;
            _cells.TryAdd((lemma, bundle.ToString()), triple.Form!);
            var pos = bundle.PartOfSpeech ?? "";
            _endings.Add((pos, Ending(lemma)));
            var counts = _inventory.TryGetValue(pos, out var found) ? found : _inventory[pos] = [];
            counts[bundle] = counts.GetValueOrDefault(bundle) + 1;
        }
    }

    /// <summary>The form in the table for (<paramref name="lemma"/>, <paramref name="bundle"/>), or null.</summary>
    public string? Cell(string lemma, FeatureBundle bundle) => _cells.GetValueOrDefault((lemma.ToLowerInvariant(), bundle.ToString()));

    /// <summary>
    /// True when some lemma of part of speech <paramref name="pos"/> in the table ends in the same
    /// <see cref="EndingLength"/> characters as <paramref name="lemma"/>: an inflection model has then seen words like it,
    /// and its guess is an interpolation rather than a shot in the dark (Spanish <c>quedarse</c> ends like no verb of a
    /// generator's table, which lists <c>quedar</c>).
    /// </summary>
    public bool HasLemmaEnding(string lemma, string pos) => _endings.Contains((pos, Ending(lemma.ToLowerInvariant())));

    /// <summary>
    /// The bundle that carries <paramref name="wanted"/> (a source word's values, each entry a set of alternative
    /// spellings) in part of speech <paramref name="pos"/>, chosen from every bundle the table has for that part of speech,
    /// never restricted to the cells <paramref name="lemma"/> happens to have (a partial paradigm would otherwise give a
    /// plural source a singular cell): the bundles carrying the most wanted values (all that the part of speech marks at
    /// all, when one bundle can; values it never marks drop out); among those, one the lemma has a cell for (an attested
    /// form where the source does not decide, such as a noun's own gender); then the most frequent (so features the
    /// source leaves open take the target's most frequent value compatible with the rest); then the first in ordinal
    /// order. Null when the table has no bundle of that part of speech.
    /// </summary>
    public FeatureBundle? BestBundle(string lemma, string pos, IReadOnlyList<IReadOnlyList<string>> wanted)
    {
        if (!_inventory.TryGetValue(pos, out var counts))
        {
            return null;
        }
        var key = lemma.ToLowerInvariant();
        return counts
            .Select(pair => (Bundle: pair.Key, Hits: Hits(_bundles[pair.Key.ToString()].Values, wanted), Frequency: pair.Value))
            .OrderByDescending(c => c.Hits).ThenByDescending(c => _cells.ContainsKey((key, c.Bundle.ToString())))
            .ThenByDescending(c => c.Frequency).ThenBy(c => c.Bundle.ToString(), StringComparer.Ordinal)
            .Select(c => c.Bundle)
            .First();
    }

    /// <summary>Every distinct bundle of part of speech <paramref name="pos"/> in the table (none when it has none).</summary>
    public IEnumerable<FeatureBundle> Bundles(string pos) => _inventory.TryGetValue(pos, out var counts) ? counts.Keys : [];

    /// <summary>Every value of a bundle at any depth: <c>V;IND;NOM(3,SG)</c> gives V, IND, NOM, 3, SG.</summary>
    internal static HashSet<string> LeafValues(FeatureBundle bundle) =>
        bundle.Atoms().Select(atom => atom.TrimEnd(')')).Select(atom => atom[(atom.LastIndexOf('(') + 1)..]).ToHashSet(StringComparer.Ordinal);

    /// <summary>One bundle object, with its values, per distinct bundle (a table has a few hundred, over 100,000 cells).</summary>
    private SharedBundle Shared(FeatureBundle features)
    {
        var text = features.ToString();
        return _bundles.TryGetValue(text, out var shared) ? shared : _bundles[text] = new SharedBundle(features, LeafValues(features));
    }

    private static string Ending(string lemma) => lemma.Length <= EndingLength ? lemma : lemma[^EndingLength..];

    private static int Hits(HashSet<string> values, IReadOnlyList<IReadOnlyList<string>> wanted) =>
        wanted.Count(alternatives => alternatives.Any(a => a.Split(';').All(values.Contains)));

    private sealed record SharedBundle(FeatureBundle Bundle, HashSet<string> Values);
}
