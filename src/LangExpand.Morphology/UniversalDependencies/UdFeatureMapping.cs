using LangExpand.Core.Annotated;

namespace LangExpand.Morphology.UniversalDependencies;

/// <summary>
/// One UniMorph value a UD feature maps to, with alternative spellings used by different UniMorph data sets
/// (<c>ESS|LOC|IN+ESS</c> for <c>Case=Loc</c>); a value may stand for several atoms (<c>PST;IPFV</c>).
/// </summary>
/// <param name="Source">The UD feature as written (<c>Case=Loc</c>, <c>UPOS=NOUN</c>).</param>
/// <param name="Alternatives">UniMorph spellings, preferred first; each is one or more atoms joined by <c>;</c>.</param>
public sealed record UniMorphChoice(string Source, IReadOnlyList<string> Alternatives);

/// <summary>
/// Maps a UD word (UPOS + FEATS) to UniMorph values with the table <c>ud-unimorph.tsv</c> (after McCarthy et al. 2018).
/// Features the table does not know are reported as unmapped, never guessed.
/// </summary>
public sealed class UdFeatureMapping
{
    private readonly Dictionary<(string Feature, string Value), IReadOnlyList<string>?> _table;

    private UdFeatureMapping(Dictionary<(string, string), IReadOnlyList<string>?> table) => _table = table;

    /// <summary>The mapping shipped with LangExpand.</summary>
    public static UdFeatureMapping Default { get; } = Load();

    /// <summary>
    /// The UniMorph choices for a word, part of speech first; unknown features go to <paramref name="unmapped"/>.
    /// Multi-valued UD features (<c>PronType=Int,Rel</c>) are looked up value by value.
    /// </summary>
    public IReadOnlyList<UniMorphChoice> Map(string upos, UdFeatures features, out IReadOnlyList<string> unmapped)
    {
        var choices = new List<UniMorphChoice>();
        var missing = new List<string>();
        foreach (var (name, values) in features.Pairs.Prepend(new("UPOS", upos)))
        {
            foreach (var value in values.Split(','))
            {
                if (!_table.TryGetValue((name, value), out var alternatives))
                {
                    missing.Add($"{name}={value}");
                }
                else if (alternatives is not null)
                {
                    choices.Add(new UniMorphChoice($"{name}={value}", alternatives));
                }
            }
        }
        unmapped = missing;
        return choices;
    }

    private static UdFeatureMapping Load() =>
        new(UdUniMorphTable.Rows.ToDictionary(row => (row.Feature, row.Value), row => row.Alternatives));
}
