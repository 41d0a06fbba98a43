namespace LangExpand.Core.Annotated;

/// <summary>
/// The joint morphological label of a word: its UPOS and its whole FEATS string (as UD's evaluation scores UFeats), written
/// <c>UPOS|FEATS</c> and split at the first <c>|</c> (<c>NOUN|Gender=Masc|Number=Sing</c>, <c>PUNCT|_</c>). UPOS never holds a
/// <c>|</c>, so the split is unambiguous.
/// </summary>
public static class MorphoLabel
{
    /// <summary>The separator between UPOS and FEATS.</summary>
    public const char Separator = '|';

    /// <summary>The joint label of <paramref name="upos"/> and <paramref name="feats"/> (<c>_</c> when empty).</summary>
    public static string Compose(string upos, string feats) => $"{upos}{Separator}{(feats.Length == 0 ? "_" : feats)}";

    /// <summary>UPOS and FEATS of a joint label; a label without the separator is a UPOS with no features (<c>_</c>).</summary>
    public static (string Upos, string Feats) Split(string label)
    {
        var at = label.IndexOf(Separator);
        return at < 0 ? (label, "_") : (label[..at], label[(at + 1)..]);
    }

    /// <summary>True when every label of <paramref name="labels"/> is a joint label (a model that predicts UPOS and FEATS).</summary>
    public static bool AreJoint(IReadOnlyCollection<string> labels) => labels.Count > 0 && labels.All(l => l.Contains(Separator));

    /// <summary>The words of a CoNLL-U sentence labelled with their joint labels.</summary>
    public static TaggedSentence Of(ConlluSentence sentence) =>
        new(sentence.Words.Select(w => new TaggedToken(w.Form, Compose(w.Upos, w.Feats))).ToList(), sentence.LineNumber);

    /// <summary>
    /// Whether <paramref name="predicted"/> (null: no prediction) has the UPOS and the FEATS of <paramref name="gold"/>, each
    /// compared whole as UD's evaluation does for UPOS and UFeats.
    /// </summary>
    public static (bool Upos, bool Feats) Agreement(string gold, string? predicted)
    {
        if (predicted is null)
        {
            return (false, false);
        }
        var (goldUpos, goldFeats) = Split(gold);
        var (upos, feats) = Split(predicted);
        return (upos == goldUpos, feats == goldFeats);
    }
}
