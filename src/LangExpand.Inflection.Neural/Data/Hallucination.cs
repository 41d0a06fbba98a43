using System.Text;
using LangExpand.Core.Inflection;

namespace LangExpand.Inflection.Neural.Data;

/// <summary>
/// Data hallucination (Anastasopoulos and Neubig 2019): in a training pair, the stem shared by lemma and form (their first
/// longest common substring, at least <see cref="MinimumStem"/> characters) is replaced, in both, by random letters of the
/// language's alphabet, so the affixes stay and the model learns to copy whatever stands between them.
/// </summary>
internal static class Hallucination
{
    /// <summary>The shortest shared substring treated as a stem.</summary>
    public const int MinimumStem = 3;

    /// <summary>
    /// <paramref name="count"/> hallucinated pairs made from randomly chosen pairs of <paramref name="training"/> that have a
    /// stem; the same seed gives the same pairs. None when no pair has a stem.
    /// </summary>
    public static IReadOnlyList<InflectionTriple> Generate(IReadOnlyList<InflectionTriple> training, int count, int seed)
    {
        var alphabet = training.SelectMany(t => Vocabulary.Split(t.Lemma).Concat(Vocabulary.Split(t.Form ?? "")))
            .Where(c => Rune.IsLetter(Rune.GetRuneAt(c, 0))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var stems = training.Where(t => t.Form is not null).Select(t => (Triple: t, Stem: SharedStem(t.Lemma, t.Form!)))
            .Where(p => p.Stem.Length >= MinimumStem).ToList();
        if (stems.Count == 0 || alphabet.Length == 0)
        {
            return [];
        }
        var random = new Random(seed);
        var result = new List<InflectionTriple>(count);
        for (var i = 0; i < count; i++)
        {
            var (triple, stem) = stems[random.Next(stems.Count)];
            var replacement = string.Concat(Enumerable.Range(0, stem.Length).Select(_ => alphabet[random.Next(alphabet.Length)]));
            result.Add(triple with { Lemma = Replace(triple.Lemma, stem.InLemma, stem.Length, replacement), Form = Replace(triple.Form!, stem.InForm, stem.Length, replacement) });
        }
        return result;
    }

    /// <summary>Where lemma and form share their first longest common substring, in characters (Unicode scalar values).</summary>
    public static (int InLemma, int InForm, int Length) SharedStem(string lemma, string form)
    {
        var a = Vocabulary.Split(lemma).ToArray();
        var b = Vocabulary.Split(form).ToArray();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        (int InLemma, int InForm, int Length) best = (0, 0, 0);
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best.Length)
                {
                    best = (i - current[j], j - current[j], current[j]);
                }
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    private static string Replace(string text, int start, int length, string replacement)
    {
        var characters = Vocabulary.Split(text).ToArray();
        return string.Concat(characters.Take(start)) + replacement + string.Concat(characters.Skip(start + length));
    }
}
