using System.Text;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Inflection.Neural.Data;

/// <summary>
/// The transducer's symbols: four specials (padding, start, end, unknown), then characters (Unicode scalar values), then
/// feature atoms (<see cref="FeatureBundle.Atoms"/>), each in ordinal order so that the same data gives the same ids.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Padding.</summary>
    public const int Pad = 0;

    /// <summary>Start of the output.</summary>
    public const int Start = 1;

    /// <summary>End of the output.</summary>
    public const int End = 2;

    /// <summary>A character or feature not seen in training.</summary>
    public const int Unknown = 3;

    /// <summary>The number of special symbols before the characters.</summary>
    public const int Specials = 4;

    private readonly Dictionary<string, int> _characterIds;
    private readonly Dictionary<string, int> _featureIds;

    /// <summary>A vocabulary of <paramref name="characters"/> and <paramref name="features"/> (kept in the order given).</summary>
    public Vocabulary(IReadOnlyList<string> characters, IReadOnlyList<string> features)
    {
        Characters = characters;
        Features = features;
        _characterIds = characters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => Specials + p.i, StringComparer.Ordinal);
        _featureIds = features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => Specials + characters.Count + p.i, StringComparer.Ordinal);
    }

    /// <summary>The characters, in id order.</summary>
    public IReadOnlyList<string> Characters { get; }

    /// <summary>The feature atoms, in id order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The number of symbols.</summary>
    public int Count => Specials + Characters.Count + Features.Count;

    /// <summary>The vocabulary of the lemmas, forms and bundles of <paramref name="examples"/>.</summary>
    public static Vocabulary Build(IEnumerable<InflectionTriple> examples)
    {
        var characters = new SortedSet<string>(StringComparer.Ordinal);
        var features = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            characters.UnionWith(Split(example.Lemma));
            characters.UnionWith(Split(example.Form ?? ""));
            features.UnionWith(example.Features.Atoms());
        }
        return new Vocabulary([.. characters], [.. features]);
    }

    /// <summary>The text's characters as strings of one Unicode scalar value each.</summary>
    public static IEnumerable<string> Split(string text) => text.EnumerateRunes().Select(r => r.ToString());

    /// <summary>The ids of <paramref name="text"/>'s characters (unknown ones as <see cref="Unknown"/>).</summary>
    public int[] EncodeCharacters(string text) => [.. Split(text).Select(c => _characterIds.GetValueOrDefault(c, Unknown))];

    /// <summary>The ids of the bundle's distinct atoms in ordinal order (unknown ones as <see cref="Unknown"/>).</summary>
    public int[] EncodeFeatures(FeatureBundle features) =>
        [.. features.Atoms().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(a => _featureIds.GetValueOrDefault(a, Unknown))];

    /// <summary>Whether <paramref name="id"/> may appear in an output (a character or the end).</summary>
    public bool IsOutput(int id) => id == End || id is >= Specials && id < Specials + Characters.Count;

    /// <summary>The text of output ids (stopping at the end symbol).</summary>
    public string Decode(IEnumerable<int> ids)
    {
        var text = new StringBuilder();
        foreach (var id in ids.TakeWhile(i => i != End))
        {
            if (id >= Specials && id < Specials + Characters.Count)
            {
                text.Append(Characters[id - Specials]);
            }
        }
        return text.ToString();
    }
}
