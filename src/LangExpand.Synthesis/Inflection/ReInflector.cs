using LangExpand.Core.Annotated;
using LangExpand.Morphology;
using LangExpand.Core.Features;
using LangExpand.Morphology.UniversalDependencies;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Inflection;

/// <summary>How a substituted token's form was made.</summary>
public enum InflectionSource
{
    /// <summary>The exact cell of the target paradigm table.</summary>
    Table,

    /// <summary>The inflection model, for a bundle the table has but not for this lemma (a lemma ending like table lemmas).</summary>
    Model,

    /// <summary>The target lemma itself (no table, no model, or nothing to carry).</summary>
    Lemma,

    /// <summary>The lexicon's target text as written (word forms matched, no re-inflection).</summary>
    Copied,
}

/// <summary>A re-inflected target form and how it was made.</summary>
/// <param name="Form">The target form.</param>
/// <param name="Source">Table, model or lemma.</param>
/// <param name="Features">The target bundle chosen, as written, or null.</param>
public sealed record ReInflection(string Form, InflectionSource Source, string? Features);

/// <summary>
/// Produces the target form of a translated lemma that carries a source word's grammatical features: UD features are
/// mapped to UniMorph (<see cref="UdFeatureMapping"/>) or a UniMorph analysis is used as it is; the target bundle is the
/// table's best match (features the target does not mark drop out; features it needs and the source lacks take the
/// target's most frequent value), and the form is the table's cell, else the inflection model's output (only for a lemma
/// that ends like some table lemma of its part of speech, <see cref="TargetParadigms.HasLemmaEnding"/>), else the lemma.
/// Results are cached (bounded), since running text repeats the same (lemma, features) pairs.
/// </summary>
public sealed class ReInflector(TargetParadigms paradigms, IInflector? model = null, UdFeatureMapping? mapping = null)
{
    private const int CacheLimit = 200_000;
    private readonly UdFeatureMapping _mapping = mapping ?? UdFeatureMapping.Default;
    private readonly Dictionary<(string Lemma, string? Upos, string Features), ReInflection> _cache = [];

    /// <summary>The target form of <paramref name="targetLemma"/> for a source word with <paramref name="upos"/> and <paramref name="feats"/>.</summary>
    public ReInflection Inflect(string targetLemma, string upos, UdFeatures feats) =>
        Inflect(targetLemma, new SourceToken(targetLemma, Upos: upos, Feats: feats));

    /// <summary>
    /// The target form of <paramref name="targetLemma"/> for <paramref name="source"/>: its UniMorph analysis when it has
    /// one, else its UPOS and UD features.
    /// </summary>
    public ReInflection Inflect(string targetLemma, SourceToken source)
    {
        var key = (targetLemma, source.Analysis is null ? source.Upos : null, source.Analysis?.ToString() ?? source.Feats?.ToString() ?? "_");
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }
        return _cache[key] = source.Analysis is { } analysis ? FromAnalysis(targetLemma, analysis) : FromUd(targetLemma, source.Upos ?? "X", source.Feats ?? UdFeatures.Empty);
    }

    private ReInflection FromUd(string targetLemma, string upos, UdFeatures feats)
    {
        var choices = _mapping.Map(upos, feats, out _);
        var pos = choices.FirstOrDefault(c => c.Source.StartsWith("UPOS=", StringComparison.Ordinal))?.Alternatives ?? [];
        var wanted = choices.Where(c => !c.Source.StartsWith("UPOS=", StringComparison.Ordinal)).Select(c => c.Alternatives).ToList();
        return Carry(targetLemma, pos, wanted);
    }

    private ReInflection FromAnalysis(string targetLemma, FeatureBundle analysis)
    {
        var pos = analysis.PartOfSpeech is { } tag ? new[] { tag } : [];
        var wanted = TargetParadigms.LeafValues(analysis).Where(v => v != analysis.PartOfSpeech).Order(StringComparer.Ordinal)
            .Select(v => (IReadOnlyList<string>)[v]).ToList();
        return Carry(targetLemma, pos, wanted);
    }

    private ReInflection Carry(string targetLemma, IReadOnlyList<string> pos, IReadOnlyList<IReadOnlyList<string>> wanted)
    {
        var bundle = pos.Select(p => paradigms.BestBundle(targetLemma, p, wanted)).FirstOrDefault(b => b is not null);
        if (bundle is null)
        {
            return new ReInflection(targetLemma, InflectionSource.Lemma, null);
        }
        if (paradigms.Cell(targetLemma, bundle) is { } cell)
        {
            return new ReInflection(cell, InflectionSource.Table, bundle.ToString());
        }
        return model is null || !paradigms.HasLemmaEnding(targetLemma, bundle.PartOfSpeech ?? "")
            ? new ReInflection(targetLemma, InflectionSource.Lemma, bundle.ToString())
            : new ReInflection(model.Inflect(targetLemma, bundle), InflectionSource.Model, bundle.ToString());
    }
}
