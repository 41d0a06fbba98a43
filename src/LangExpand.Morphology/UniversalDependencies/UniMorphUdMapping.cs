using LangExpand.Core.Annotated;
using LangExpand.Core.Features;

namespace LangExpand.Morphology.UniversalDependencies;

/// <summary>
/// Maps a UniMorph bundle back to UD features with the table <c>ud-unimorph.tsv</c> that <see cref="UdFeatureMapping"/>
/// reads the other way (one source of truth). Values that stand for several atoms match first (<c>PST;IPFV</c> is
/// <c>Tense=Imp</c>, not <c>Tense=Past</c> plus <c>Aspect=Imp</c>); a spelling several rows share goes to the row that
/// prefers it (<c>ESS</c> is <c>Case=Loc</c>, whose first spelling it is, not <c>Case=Ess</c>), then to the first row.
/// Part-of-speech values (<c>N</c>, <c>V</c>) give no feature; values the table does not know are reported, never guessed.
/// </summary>
public sealed class UniMorphUdMapping
{
    private readonly IReadOnlyList<Pattern> _patterns;
    private readonly HashSet<string> _partsOfSpeech;
    private readonly Dictionary<string, string> _unmarked;

    private UniMorphUdMapping(IReadOnlyList<UdUniMorphRow> rows)
    {
        _patterns = rows.Where(row => row.Feature != "UPOS" && row.Alternatives is not null)
            .SelectMany((row, order) => row.Alternatives!.Select((spelling, rank) => new Pattern(spelling.Split(';'), row.Feature, row.Value, rank, order)))
            .OrderByDescending(p => p.Atoms.Length).ThenBy(p => p.Rank).ThenBy(p => p.Order).ToList();
        _partsOfSpeech = rows.Where(row => row.Feature == "UPOS").SelectMany(row => row.Alternatives ?? []).ToHashSet(StringComparer.Ordinal);
        _unmarked = rows.Where(row => row.Alternatives is null).GroupBy(row => row.Feature).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Value, StringComparer.Ordinal);
    }

    /// <summary>The mapping shipped with LangExpand.</summary>
    public static UniMorphUdMapping Default { get; } = new(UdUniMorphTable.Rows);

    /// <summary>
    /// The UD features <paramref name="bundle"/>'s atoms stand for, in UD order (<c>N;FEM;PL</c> gives
    /// <c>Gender=Fem|Number=Plur</c>); atoms that are neither a part of speech nor in the table go to <paramref name="unmapped"/>.
    /// Two atoms of one feature give a multi-valued feature. A layered feature (UniMorph 4's argument marking, a verb's
    /// <c>NOM(3,SG)</c>) gives its plain arguments (<c>Person=3|Number=Sing</c>), not its layer's name.
    /// </summary>
    public UdFeatures Map(FeatureBundle bundle, out IReadOnlyList<string> unmapped)
    {
        var atoms = bundle.Elements.SelectMany(Atoms).ToList();
        var left = atoms.ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pattern in _patterns.Where(p => p.Atoms.All(left.Contains)))
        {
            left.ExceptWith(pattern.Atoms);
            (values.TryGetValue(pattern.Feature, out var list) ? list : values[pattern.Feature] = []).Add(pattern.Value);
        }
        unmapped = atoms.Where(atom => left.Contains(atom) && !_partsOfSpeech.Contains(atom)).ToList();
        return UdFeatures.Create(values.Select(pair => new KeyValuePair<string, string>(pair.Key, string.Join(',', pair.Value))));
    }

    private static IEnumerable<string> Atoms(FeatureNode element) =>
        element is LayeredFeature layer ? layer.Arguments.OfType<FeatureAtom>().Select(a => a.Name) : [element.Canonical];

    /// <summary>
    /// The value of <paramref name="feature"/> that UniMorph leaves unmarked (the table's <c>-</c>: <c>VerbForm=Fin</c>,
    /// <c>Degree=Pos</c>), which a bundle without any value of the feature has where its part of speech marks the
    /// feature at all; null when the feature has no such value.
    /// </summary>
    public string? Unmarked(string feature) => _unmarked.GetValueOrDefault(feature);

    /// <summary>A spelling (its atoms), the UD feature it stands for, its rank among the row's spellings and the row's order.</summary>
    private sealed record Pattern(string[] Atoms, string Feature, string Value, int Rank, int Order);
}
