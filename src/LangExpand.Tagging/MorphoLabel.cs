namespace LangExpand.Tagging;

/// <summary>
/// The joint label of a word: its UPOS and its whole FEATS string, written <c>UPOS|FEATS</c> and split at the first
/// <c>|</c> (<c>NOUN|Gender=Masc|Number=Sing</c>, <c>PUNCT|_</c>). UPOS never holds a <c>|</c>, so the split is exact.
/// </summary>
public static class MorphoLabel
{
    /// <summary>The joint label of <paramref name="upos"/> and <paramref name="feats"/> (<c>_</c> when the word has none).</summary>
    public static string Compose(string upos, string feats) => $"{upos}|{feats}";

    /// <summary>The UPOS and FEATS parts of <paramref name="label"/>; a label without <c>|</c> is a UPOS with FEATS <c>_</c>.</summary>
    public static (string Upos, string Feats) Split(string label)
    {
        var bar = label.IndexOf('|');
        return bar < 0 ? (label, "_") : (label[..bar], label[(bar + 1)..]);
    }
}
