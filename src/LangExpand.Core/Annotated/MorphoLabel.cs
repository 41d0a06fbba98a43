namespace LangExpand.Core.Annotated;

/// <summary>
/// The joint morphological label of a word: its UPOS and its whole FEATS string (as UD's evaluation scores UFeats), written
/// <c>UPOS|FEATS</c> and split at the first <c>|</c> (<c>NOUN|Gender=Masc|Number=Sing</c>, <c>PUNCT|_</c>). UPOS never holds a
/// <c>|</c>, so the split is unambiguous. Training data may also hold <em>partial</em> labels: <see cref="Unknown"/> for a word
/// whose label is unknown (UPOS <c>_</c>) and <c>UPOS|*</c> for a word whose UPOS alone is known (MISC <see cref="UposOnly"/>,
/// as annotation projection writes); a trainer learns from them only which labels they allow (<see cref="Allows"/>).
/// </summary>
public static class MorphoLabel
{
    /// <summary>The separator between UPOS and FEATS.</summary>
    public const char Separator = '|';

    /// <summary>The partial label of a word whose label is unknown: it allows every label.</summary>
    public const string Unknown = "*";

    /// <summary>The FEATS of a partial label whose features are unknown: <c>UPOS|*</c> allows every label with that UPOS.</summary>
    public const string AnyFeats = "*";

    /// <summary>The MISC attribute of a CoNLL-U word whose UPOS is known and whose FEATS are not.</summary>
    public const string UposOnly = "Labelled=Upos";

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

    /// <summary>A MISC column without <see cref="UposOnly"/> (<c>_</c> when nothing is left): a tagger filled the word's FEATS.</summary>
    public static string WithoutUposOnly(string misc)
    {
        var kept = misc.Split('|').Where(attribute => attribute != UposOnly).ToList();
        return kept.Count == 0 ? "_" : string.Join('|', kept);
    }

    /// <summary>True for a partial label: <see cref="Unknown"/> or <c>UPOS|*</c>.</summary>
    public static bool IsPartial(string label) => label == Unknown || Split(label).Feats == AnyFeats;

    /// <summary>Whether the (partial or whole) label <paramref name="partial"/> allows the whole label <paramref name="label"/>.</summary>
    public static bool Allows(string partial, string label) =>
        partial == Unknown || partial == label || (Split(partial) is (var upos, AnyFeats) && Split(label).Upos == upos);

    /// <summary>
    /// The words of a CoNLL-U sentence labelled with their joint labels: <see cref="Unknown"/> for UPOS <c>_</c>, <c>UPOS|*</c>
    /// for a word whose MISC holds <see cref="UposOnly"/>.
    /// </summary>
    public static TaggedSentence Of(ConlluSentence sentence) =>
        new(sentence.Words.Select(w => new TaggedToken(w.Form, LabelOf(w))).ToList(), sentence.LineNumber);

    private static string LabelOf(ConlluLine word) =>
        word.Upos == "_" ? Unknown : word.Misc.Split('|').Contains(UposOnly) ? Compose(word.Upos, AnyFeats) : Compose(word.Upos, word.Feats);

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
