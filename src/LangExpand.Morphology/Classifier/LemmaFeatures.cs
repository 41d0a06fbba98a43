using System.Globalization;
using LangExpand.Core.Features;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The hashed features of a (lemma, feature bundle) input: a bias; the bundle (in canonical order) and each of its atoms
/// (layered 2023 features flattened by <see cref="FeatureBundle.Atoms"/>); lemma suffixes and prefixes with boundary marks
/// (1 to <see cref="EditClassifierOptions.MaxAffix"/> characters), shape (length, space, hyphen, capital), the characters it
/// contains, the consonant–vowel pattern of its last 1 to 4 characters (English doubles after <c>CVC</c>, not <c>VVC</c>),
/// and its vowels for harmony (the last one and two, and each distinct vowel with its rank counted from the end,
/// so that Finnish <c>kovapäinen</c> shows <c>ä</c> third); and the conjunctions that let one classifier serve every bundle:
/// bundle × affix, bundle × shape and atom × short affix.
/// </summary>
internal static class LemmaFeatures
{
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const int MaxVowelRank = 4;
    private const int MaxPattern = 4;

    /// <summary>Replaces the content of <paramref name="keys"/> with the features of the input.</summary>
    public static void Extract(string lemma, FeatureBundle features, EditClassifierOptions options, List<ulong> keys)
    {
        keys.Clear();
        var bundle = features.ToCanonicalString();
        var atoms = features.Atoms().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var marked = Start + lemma + End;
        var longest = Math.Min(options.MaxAffix, lemma.Length + 1);

        keys.Add(FeatureKey.Of(FeatureTemplate.Bias).Value);
        keys.Add(FeatureKey.Of(FeatureTemplate.Bundle).With(bundle).Value);
        foreach (var atom in atoms)
        {
            keys.Add(FeatureKey.Of(FeatureTemplate.Atom).With(atom).Value);
        }
        foreach (var character in lemma.Distinct().Order())
        {
            keys.Add(FeatureKey.Of(FeatureTemplate.Character).With([character]).Value);
        }
        var vowels = Vowels.Skeleton(lemma);
        for (var length = 1; length <= Math.Min(2, vowels.Length); length++)
        {
            keys.Add(FeatureKey.Of(FeatureTemplate.Vowels).With(vowels.AsSpan(vowels.Length - length)).Value);
        }
        var rank = 0;
        for (var i = vowels.Length - 1; i >= 0 && rank < MaxVowelRank; i--)
        {
            if (vowels.IndexOf(vowels[i], i + 1) < 0)
            {
                rank++;
                keys.Add(FeatureKey.Of(FeatureTemplate.VowelRank).With([vowels[i], (char)('0' + rank)]).Value);
            }
        }
        for (var length = 1; length <= Math.Min(MaxPattern, lemma.Length); length++)
        {
            keys.Add(FeatureKey.Of(FeatureTemplate.Pattern).With(Vowels.Pattern(lemma.AsSpan(lemma.Length - length))).Value);
        }
        foreach (var shape in Shape(lemma))
        {
            keys.Add(FeatureKey.Of(FeatureTemplate.Shape).With(shape).Value);
            keys.Add(FeatureKey.Of(FeatureTemplate.BundleShape).With(bundle).With(shape).Value);
        }
        for (var length = 1; length <= longest; length++)
        {
            var suffix = marked.AsSpan(marked.Length - 1 - length, length);
            var prefix = marked.AsSpan(1, length);
            keys.Add(FeatureKey.Of(FeatureTemplate.Suffix).With(suffix).Value);
            keys.Add(FeatureKey.Of(FeatureTemplate.Prefix).With(prefix).Value);
            keys.Add(FeatureKey.Of(FeatureTemplate.BundleSuffix).With(bundle).With(suffix).Value);
            keys.Add(FeatureKey.Of(FeatureTemplate.BundlePrefix).With(bundle).With(prefix).Value);
            if (length > options.MaxAtomAffix)
            {
                continue;
            }
            foreach (var atom in atoms)
            {
                keys.Add(FeatureKey.Of(FeatureTemplate.AtomSuffix).With(atom).With(suffix).Value);
                keys.Add(FeatureKey.Of(FeatureTemplate.AtomPrefix).With(atom).With(prefix).Value);
            }
        }
    }

    private static IEnumerable<string> Shape(string lemma)
    {
        yield return "length=" + Math.Min(lemma.Length, 12).ToString(CultureInfo.InvariantCulture);
        if (lemma.Contains(' '))
        {
            yield return "space";
        }
        if (lemma.Contains('-'))
        {
            yield return "hyphen";
        }
        if (lemma.Length > 0 && char.IsUpper(lemma[0]))
        {
            yield return "capital";
        }
    }
}
