namespace LangExpand.Core.Features;

/// <summary>Facts from the UniMorph schema that the toolkit relies on.</summary>
public static class UniMorphSchema
{
    private static readonly HashSet<string> PartsOfSpeech = new(StringComparer.Ordinal)
    {
        "N", "PROPN", "ADJ", "PRO", "CLF", "ART", "DET", "V", "ADV", "AUX", "ADP", "COMP", "CONJ", "NUM", "PART", "INTJ",
    };

    /// <summary>
    /// True for UniMorph part-of-speech values: the schema's list plus verb-form categories written <c>V.X</c>
    /// (<c>V.PTCP</c>, <c>V.MSDR</c>, <c>V.CVB</c>, …).
    /// </summary>
    public static bool IsPartOfSpeech(string value) => PartsOfSpeech.Contains(value) || value.StartsWith("V.", StringComparison.Ordinal);
}
