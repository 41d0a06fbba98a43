namespace LangExpand.Lexicons.Merging;

/// <summary>
/// Maps the part-of-speech labels of the resources LangExpand reads (Apertium tags, Wiktionary's <c>pos</c> values,
/// UniMorph part-of-speech features, Universal Dependencies UPOS) to UPOS, so that lexicons labelled differently can be compared.
/// </summary>
public static class PartOfSpeech
{
    private static readonly Dictionary<string, string> Universal = Build(
        ("NOUN", "n noun N"),
        ("PROPN", "np name"),
        ("VERB", "vblex vbser vbhaver vbmod vbdo vbsint verb V V.PTCP V.MSDR V.CVB"),
        ("AUX", "vaux"),
        ("ADJ", "adj"),
        ("ADV", "adv preadv"),
        ("ADP", "pr post spost prep postp"),
        ("PRON", "prn pron rel PRO"),
        ("DET", "det article ART"),
        ("NUM", "num"),
        ("CCONJ", "cnjcoo conj"),
        ("SCONJ", "cnjsub cnjadv"),
        ("INTJ", "ij intj"),
        ("PART", "particle"),
        ("PUNCT", "sent cm lpar rpar lquest lquot rquot apos guio punct"),
        ("SYM", "symbol"),
        ("X", ""));

    /// <summary>The UPOS tag of <paramref name="label"/> (<c>n</c>, <c>noun</c> and <c>NOUN</c> give <c>NOUN</c>), or null for an unknown or missing label.</summary>
    public static string? ToUniversal(string? label) => label is not null && Universal.TryGetValue(label, out var upos) ? upos : null;

    /// <summary>
    /// True unless both sides have a part of speech and they differ: compared as UPOS where both labels are known, else as
    /// written.
    /// </summary>
    public static bool Agree(LexiconSide source, LexiconSide target)
    {
        if (source.Pos is null || target.Pos is null)
        {
            return true;
        }
        return ToUniversal(source.Pos) is { } left && ToUniversal(target.Pos) is { } right ? left == right : source.Pos == target.Pos;
    }

    private static Dictionary<string, string> Build(params (string Upos, string Labels)[] rows)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (upos, labels) in rows)
        {
            table[upos] = upos;
            foreach (var label in labels.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[label] = upos;
            }
        }
        return table;
    }
}
