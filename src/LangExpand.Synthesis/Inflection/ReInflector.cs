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

    /// <summary>The target lemma as the lexicon writes it, because re-inflection was turned off (<see cref="ReInflector.Off"/>).</summary>
    Off,
}

/// <summary>A re-inflected target form and how it was made.</summary>
/// <param name="Form">The target form.</param>
/// <param name="Source">Table, model, lemma, copied or off.</param>
/// <param name="Features">The target bundle chosen, as written, or null.</param>
/// <param name="Feats">
/// For a form made from a bundle (table or model) for a source word with UD features, the FEATS it carries
/// (<see cref="TargetFeats"/>) and the source's; null otherwise.
/// </param>
public sealed record ReInflection(string Form, InflectionSource Source, string? Features, RewrittenFeats? Feats = null);

/// <summary>
/// Produces the target form of a translated lemma that carries a source word's grammatical features: UD features are
/// mapped to UniMorph (<see cref="UdFeatureMapping"/>) or a UniMorph analysis is used as it is; the target bundle comes
/// from the table's inventory for the part of speech (<see cref="TargetParadigms.BestBundle"/>: features the target does
/// not mark drop out, features it needs and the source lacks take the target's most frequent value), not from the lemma's
/// own cells alone; the form is the lemma's cell for that bundle, else the inflection model's output (only for a
/// lemma that ends like some table lemma of its part of speech, <see cref="TargetParadigms.HasLemmaEnding"/>), else the
/// lemma. Results are cached (bounded), since running text repeats the same (lemma, features) pairs.
/// </summary>
public sealed class ReInflector
{
    private const int CacheLimit = 200_000;
    private readonly TargetParadigms? _paradigms;
    private readonly IInflector? _model;
    private readonly UdFeatureMapping _mapping;
    private readonly TargetFeats? _feats;
    private readonly Dictionary<(string Lemma, string? Upos, string Features), ReInflection> _cache = [];

    /// <summary>A re-inflector over <paramref name="paradigms"/>, with <paramref name="model"/> for cells the table lacks.</summary>
    /// <param name="paradigms">The target's paradigm table.</param>
    /// <param name="model">The inflection model for bundles the lemma has no cell for; null for none.</param>
    /// <param name="mapping">UD → UniMorph features; null for <see cref="UdFeatureMapping.Default"/>.</param>
    public ReInflector(TargetParadigms paradigms, IInflector? model = null, UdFeatureMapping? mapping = null) =>
        (_paradigms, _model, _mapping, _feats) = (paradigms, model, mapping ?? UdFeatureMapping.Default, new TargetFeats(paradigms, UniMorphUdMapping.Default));

    private ReInflector() => _mapping = UdFeatureMapping.Default;

    /// <summary>
    /// A re-inflector that is turned off: lemmas are still translated, but every target lemma is written as the lexicon
    /// has it (<see cref="InflectionSource.Off"/>), so that the value of re-inflection can be measured.
    /// </summary>
    public static ReInflector Off() => new();

    /// <summary>The target form of <paramref name="targetLemma"/> for a source word with <paramref name="upos"/> and <paramref name="feats"/>.</summary>
    public ReInflection Inflect(string targetLemma, string upos, UdFeatures feats) =>
        Inflect(targetLemma, new SourceToken(targetLemma, Upos: upos, Feats: feats));

    /// <summary>
    /// The target form of <paramref name="targetLemma"/> for <paramref name="source"/>: its UniMorph analysis when it has
    /// one, else its UPOS and UD features.
    /// </summary>
    public ReInflection Inflect(string targetLemma, SourceToken source)
    {
        if (_paradigms is null)
        {
            return new ReInflection(targetLemma, InflectionSource.Off, null);
        }
        var key = (targetLemma, source.Analysis is null ? source.Upos : null, source.Analysis?.ToString() ?? source.Feats?.ToString() ?? "");
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }
        return _cache[key] = source.Analysis is { } analysis
            ? FromAnalysis(_paradigms, targetLemma, analysis)
            : FromUd(_paradigms, targetLemma, source.Upos ?? "X", source.Feats);
    }

    /// <summary>The form for UD features; when it is made from a bundle and the source's FEATS were read, with the target's FEATS.</summary>
    private ReInflection FromUd(TargetParadigms paradigms, string targetLemma, string upos, UdFeatures? feats)
    {
        var choices = _mapping.Map(upos, feats ?? UdFeatures.Empty, out _);
        var pos = choices.FirstOrDefault(c => c.Source.StartsWith("UPOS=", StringComparison.Ordinal))?.Alternatives ?? [];
        var wanted = choices.Where(c => !c.Source.StartsWith("UPOS=", StringComparison.Ordinal)).Select(c => c.Alternatives).ToList();
        var (result, bundle) = Carry(paradigms, targetLemma, pos, wanted);
        return feats is null || bundle is null || result.Source is not (InflectionSource.Table or InflectionSource.Model)
            ? result
            : result with { Feats = _feats!.Rewrite(bundle, feats) };
    }

    private ReInflection FromAnalysis(TargetParadigms paradigms, string targetLemma, FeatureBundle analysis)
    {
        var pos = analysis.PartOfSpeech is { } tag ? new[] { tag } : [];
        var wanted = TargetParadigms.LeafValues(analysis).Where(v => v != analysis.PartOfSpeech).Order(StringComparer.Ordinal)
            .Select(v => (IReadOnlyList<string>)[v]).ToList();
        return Carry(paradigms, targetLemma, pos, wanted).Result;
    }

    private (ReInflection Result, FeatureBundle? Bundle) Carry(TargetParadigms paradigms, string targetLemma, IReadOnlyList<string> pos, IReadOnlyList<IReadOnlyList<string>> wanted)
    {
        var bundle = pos.Select(p => paradigms.BestBundle(targetLemma, p, wanted)).FirstOrDefault(b => b is not null);
        if (bundle is null)
        {
            return (new ReInflection(targetLemma, InflectionSource.Lemma, null), null);
        }
        if (paradigms.Cell(targetLemma, bundle) is { } cell)
        {
            return (new ReInflection(cell, InflectionSource.Table, bundle.ToString()), bundle);
        }
        return (_model is null || !paradigms.HasLemmaEnding(targetLemma, bundle.PartOfSpeech ?? "")
            ? new ReInflection(targetLemma, InflectionSource.Lemma, bundle.ToString())
            : new ReInflection(_model.Inflect(targetLemma, bundle), InflectionSource.Model, bundle.ToString()), bundle);
    }
}
