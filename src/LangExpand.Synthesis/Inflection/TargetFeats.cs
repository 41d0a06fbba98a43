using LangExpand.Core.Annotated;
using LangExpand.Core.Features;
using LangExpand.Morphology.UniversalDependencies;

namespace LangExpand.Synthesis.Inflection;

/// <summary>The UD features of a word re-inflected with a target bundle.</summary>
/// <param name="Target">The FEATS the target form carries, in UD order (<c>_</c> for none).</param>
/// <param name="Source">The source word's FEATS as read.</param>
public sealed record RewrittenFeats(string Target, string Source);

/// <summary>
/// Makes a re-inflected word's FEATS: the source word's features less every feature the target part of speech marks
/// (the UD names its table bundles map to, <see cref="UniMorphUdMapping"/>), plus the chosen bundle's features mapped
/// back to UD, with the unmarked value (<see cref="UniMorphUdMapping.Unmarked"/>: <c>VerbForm=Fin</c>) of a feature the
/// part of speech marks and the bundle leaves out. Source-only features (<c>PronType</c>) stay. Cached per bundle and
/// part of speech; a table has a few hundred bundles.
/// </summary>
internal sealed class TargetFeats(TargetParadigms paradigms, UniMorphUdMapping mapping)
{
    private readonly Dictionary<string, HashSet<string>> _marked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UdFeatures> _bundles = new(StringComparer.Ordinal);

    /// <summary>The FEATS of a word with <paramref name="source"/> features re-inflected with <paramref name="bundle"/> (one of the table's).</summary>
    public RewrittenFeats Rewrite(FeatureBundle bundle, UdFeatures source)
    {
        var marked = Marked(bundle.PartOfSpeech ?? "");
        var target = _bundles.TryGetValue(bundle.ToString(), out var found) ? found : _bundles[bundle.ToString()] = Features(bundle, marked);
        var kept = source.Pairs.Where(pair => !marked.Contains(pair.Key));
        return new RewrittenFeats(UdFeatures.Create(kept.Concat(target.Pairs)).ToString(), source.ToString());
    }

    private UdFeatures Features(FeatureBundle bundle, HashSet<string> marked)
    {
        var mapped = mapping.Map(bundle, out _);
        var unmarked = marked.Where(name => mapped[name] is null).Order(StringComparer.Ordinal)
            .Select(name => (Name: name, Value: mapping.Unmarked(name))).Where(pair => pair.Value is not null)
            .Select(pair => new KeyValuePair<string, string>(pair.Name, pair.Value!));
        return UdFeatures.Create(mapped.Pairs.Concat(unmarked));
    }

    /// <summary>The UD feature names the table's bundles of part of speech <paramref name="pos"/> mark.</summary>
    private HashSet<string> Marked(string pos)
    {
        if (!_marked.TryGetValue(pos, out var names))
        {
            _marked[pos] = names = paradigms.Bundles(pos).SelectMany(b => mapping.Map(b, out _).Pairs.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        }
        return names;
    }
}
