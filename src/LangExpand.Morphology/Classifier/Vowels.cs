using System.Buffers;
using System.Text;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// A lemma's vowels in order (its vowel skeleton), for vowel harmony. The vowel letters are listed here, Latin with its
/// common diacritics, Greek (with tonos), Cyrillic and Armenian, so the result does not depend on ICU being present.
/// </summary>
internal static class Vowels
{
    private const string Lower = "aeiouyáàâäãåāăąæéèêëēĕėęěíìîïĩīĭįıóòôöõøōŏőœúùûüũūŭůűųýÿŷ"
        + "αεηιουωάέήίόύώϊϋΐΰаеиоуыэюяёіїєաեէըիոօ";

    private static readonly SearchValues<char> Letters = SearchValues.Create(Lower + Lower.ToUpperInvariant());

    /// <summary>True for a vowel letter.</summary>
    public static bool IsVowel(char character) => Letters.Contains(character);

    /// <summary><paramref name="text"/> as a consonant–vowel pattern: <c>V</c> for a vowel, <c>C</c> for another letter, other characters kept.</summary>
    public static string Pattern(ReadOnlySpan<char> text) => string.Create(text.Length, text.ToString(), (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = IsVowel(source[i]) ? 'V' : char.IsLetter(source[i]) ? 'C' : source[i];
        }
    });

    /// <summary>The vowels of <paramref name="lemma"/>, as written, in order.</summary>
    public static string Skeleton(string lemma)
    {
        var skeleton = new StringBuilder();
        foreach (var character in lemma)
        {
            if (Letters.Contains(character))
            {
                skeleton.Append(character);
            }
        }
        return skeleton.ToString();
    }
}
