using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Synthesis.Inflection;

/// <summary>
/// The target language's paradigm table (UniMorph or SIGMORPHON data): its cells by (lemma, bundle) and its bundle
/// inventory per part of speech with frequencies, used to pick the cell that carries a source word's features.
/// </summary>
public sealed class TargetParadigms
{
    private readonly Dictionary<(string Lemma, string Bundle), string> _cells = [];
    private readonly Dictionary<string, List<FeatureBundle>> _bundlesOfLemma = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<FeatureBundle, int>> _inventory = new(StringComparer.Ordinal);
    private readonly HashSet<(string Pos, string Ending)> _endings = [];
    private readonly Dictionary<string, (FeatureBundle Bundle, string Text)> _bundles = new(StringComparer.Ordinal);

    /// <summary>How many final characters of a lemma <see cref="HasLemmaEnding"/> compares.</summary>
    public const int EndingLength = 2;

    /// <summary>Indexes the triples that have forms.</summary>
    public TargetParadigms(IEnumerable<InflectionTriple> triples)
    {
        foreach (var triple in triples.Where(t => !string.IsNullOrEmpty(t.Form)))
        {
            var lemma = triple.Lemma.ToLowerInvariant();
            var (bundle, text) = Shared(triple.Features);
            if (_cells.TryAdd((lemma, text), triple.Form!))
            {
                (_bundlesOfLemma.TryGetValue(lemma, out var own) ? own : _bundlesOfLemma[lemma] = []).Add(bundle);
            }
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
    /// The bundle of part of speech <paramref name="pos"/> that carries most of <paramref name="wanted"/> (each entry a
    /// set of alternative spellings): among the lemma's own cells when the table has the lemma, else among all bundles
    /// of that part of speech; ties go to the more frequent bundle (the target's default for features the source lacks).
    /// </summary>
    public FeatureBundle? BestBundle(string lemma, string pos, IReadOnlyList<IReadOnlyList<string>> wanted)
    {
        var pool = _bundlesOfLemma.TryGetValue(lemma.ToLowerInvariant(), out var own) && own.Any(b => b.PartOfSpeech == pos)
            ? own.Where(b => b.PartOfSpeech == pos)
            : _inventory.TryGetValue(pos, out var all) ? all.Keys : [];
        var counts = _inventory.GetValueOrDefault(pos) ?? [];
        return pool
            .Select(bundle => (Bundle: bundle, Hits: Hits(LeafValues(bundle), wanted), Frequency: counts.GetValueOrDefault(bundle)))
            .OrderByDescending(c => c.Hits).ThenByDescending(c => c.Frequency).ThenBy(c => c.Bundle.ToString(), StringComparer.Ordinal)
            .Select(c => c.Bundle)
            .FirstOrDefault();
    }

    /// <summary>Every value of a bundle at any depth: <c>V;IND;NOM(3,SG)</c> gives V, IND, NOM, 3, SG.</summary>
    internal static HashSet<string> LeafValues(FeatureBundle bundle) =>
        bundle.Atoms().Select(atom => atom.TrimEnd(')')).Select(atom => atom[(atom.LastIndexOf('(') + 1)..]).ToHashSet(StringComparer.Ordinal);

    /// <summary>One bundle object and one text per distinct bundle (a table has a few hundred, over 100,000 cells).</summary>
    private (FeatureBundle Bundle, string Text) Shared(FeatureBundle features)
    {
        var text = features.ToString();
        return _bundles.TryGetValue(text, out var shared) ? shared : _bundles[text] = (features, text);
    }

    private static string Ending(string lemma) => lemma.Length <= EndingLength ? lemma : lemma[^EndingLength..];

    private static int Hits(HashSet<string> values, IReadOnlyList<IReadOnlyList<string>> wanted) =>
        wanted.Count(alternatives => alternatives.Any(a => a.Split(';').All(values.Contains)));
}
