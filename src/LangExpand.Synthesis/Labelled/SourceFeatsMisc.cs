namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// How a re-inflected CoNLL-U word keeps its source FEATS in MISC, whose items <c>|</c> separates:
/// <c>SourceFeats=Number=Plur,PronType=Int,Rel</c> is FEATS <c>Number=Plur|PronType=Int,Rel</c>. Each <c>|</c> becomes
/// <c>,</c>; decoding splits at <c>,</c> and joins a piece without <c>=</c> (a further value of a multi-valued feature)
/// to the one before, which round-trips because UD feature names and values contain neither <c>,</c> nor <c>=</c>.
/// <c>SourceFeats=_</c> records a source word without features.
/// </summary>
public static class SourceFeatsMisc
{
    /// <summary>The MISC attribute name.</summary>
    public const string Name = "SourceFeats";

    /// <summary>The MISC value for FEATS <paramref name="feats"/>.</summary>
    public static string Encode(string feats) => feats.Replace('|', ',');

    /// <summary>The FEATS a MISC value made by <see cref="Encode"/> stands for.</summary>
    public static string Decode(string value)
    {
        var features = new List<string>();
        foreach (var piece in value.Split(','))
        {
            if (piece.Contains('=') || features.Count == 0)
            {
                features.Add(piece);
            }
            else
            {
                features[^1] += "," + piece;
            }
        }
        return string.Join('|', features);
    }
}
