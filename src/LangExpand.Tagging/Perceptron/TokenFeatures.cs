using System.Text;

namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// The features of a word that do not depend on predicted labels (Honnibal's recipe, widened): bias, the word, its
/// lower-case form, lower-case prefixes of 1–3 and suffixes of 1–4 characters, its shape, whether it is all digits, has
/// a hyphen or starts with a capital, the lower-case words one and two before and after, and the 3-character suffixes
/// of the neighbours.
/// </summary>
internal static class TokenFeatures
{
    private const string Start = "<s>";
    private const string End = "</s>";

    /// <summary>The feature names of every word of <paramref name="words"/>.</summary>
    public static string[][] Sentence(IReadOnlyList<string> words)
    {
        var lower = words.Select(word => word.ToLowerInvariant()).ToArray();
        return Enumerable.Range(0, words.Count).Select(i => Word(words[i], lower, i)).ToArray();
    }

    private static string[] Word(string word, string[] lower, int i)
    {
        var features = new List<string>(24) { "b", "w=" + word, "l=" + lower[i], "sh=" + Shape(word) };
        for (var length = 1; length <= 4; length++)
        {
            features.Add($"s{length}=" + Affixes.Suffix(lower[i], length));
            if (length <= 3)
            {
                features.Add($"p{length}=" + Affixes.Prefix(lower[i], length));
            }
        }
        AddIf(features, word.Length > 0 && word.All(char.IsDigit), "digit");
        AddIf(features, word.Contains('-'), "hyphen");
        AddIf(features, word.Length > 0 && char.IsUpper(word[0]), "cap");
        features.Add("-1w=" + Context(lower, i - 1));
        features.Add("-2w=" + Context(lower, i - 2));
        features.Add("+1w=" + Context(lower, i + 1));
        features.Add("+2w=" + Context(lower, i + 2));
        features.Add("-1s3=" + Affixes.Suffix(Context(lower, i - 1), 3));
        features.Add("+1s3=" + Affixes.Suffix(Context(lower, i + 1), 3));
        return [.. features];
    }

    private static void AddIf(List<string> features, bool condition, string name)
    {
        if (condition)
        {
            features.Add(name);
        }
    }

    private static string Context(string[] lower, int i) => i < 0 ? Start : i >= lower.Length ? End : lower[i];

    /// <summary>The word with upper-case letters as <c>X</c>, lower-case <c>x</c>, digits <c>d</c>, other letters and surrogates <c>o</c>, runs collapsed.</summary>
    internal static string Shape(string word)
    {
        var shape = new StringBuilder(8);
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) || char.IsSurrogate(c) ? 'o' : c;
            if (shape.Length == 0 || shape[^1] != mapped)
            {
                shape.Append(mapped);
            }
        }
        return shape.ToString();
    }
}
