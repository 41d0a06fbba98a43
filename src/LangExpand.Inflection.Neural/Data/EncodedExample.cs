using LangExpand.Core.Inflection;

namespace LangExpand.Inflection.Neural.Data;

/// <summary>
/// One example as ids: the source is the feature atoms (position 0: no positional encoding) followed by the lemma's
/// characters (positions 1, 2, …); the target is the form's characters followed by the end symbol.
/// </summary>
/// <param name="Source">Feature ids, then character ids.</param>
/// <param name="Positions">0 for each feature, then 1.. for the characters.</param>
/// <param name="Target">The form's ids and <see cref="Vocabulary.End"/> (empty when the form is unknown).</param>
internal sealed record EncodedExample(int[] Source, int[] Positions, int[] Target)
{
    /// <summary>Encodes <paramref name="triple"/>; lemma and form are cut at <paramref name="maxLength"/> characters.</summary>
    public static EncodedExample Encode(Vocabulary vocabulary, InflectionTriple triple, int maxLength)
    {
        var features = vocabulary.EncodeFeatures(triple.Features);
        var characters = vocabulary.EncodeCharacters(triple.Lemma).Take(maxLength).ToArray();
        var target = triple.Form is null ? [] : vocabulary.EncodeCharacters(triple.Form).Take(maxLength).Append(Vocabulary.End).ToArray();
        return new EncodedExample([.. features, .. characters], [.. features.Select(_ => 0), .. Enumerable.Range(1, characters.Length)], target);
    }
}
