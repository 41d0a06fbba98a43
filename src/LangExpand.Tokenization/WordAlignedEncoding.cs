namespace LangExpand.Tokenization;

/// <summary>Ids of a sequence of words, with the position of each word's first subword.</summary>
/// <param name="Ids">The ids, special tokens included (<c>CLS w1… SEP</c>).</param>
/// <param name="WordStarts">For word <c>i</c>, the index into <paramref name="Ids"/> of its first subword.</param>
public sealed record WordAlignedEncoding(IReadOnlyList<int> Ids, IReadOnlyList<int> WordStarts)
{
    /// <summary>Builds the encoding from each word's subword ids, adding <c>CLS</c> and <c>SEP</c>.</summary>
    internal static WordAlignedEncoding Build(IReadOnlyList<string> words, Func<string, IReadOnlyList<int>> encodeWord, SpecialTokenIds special)
    {
        var ids = new List<int> { special.Cls };
        var starts = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = ids.Count;
            var pieces = encodeWord(words[i]);
            if (pieces.Count == 0)
            {
                ids.Add(special.Unknown);
            }
            else
            {
                ids.AddRange(pieces);
            }
        }
        ids.Add(special.Sep);
        return new WordAlignedEncoding(ids, starts);
    }
}
