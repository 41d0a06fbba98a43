using LangExpand.Tokenization.Bert;

namespace LangExpand.Tokenization.Extension;

/// <summary>
/// WordPiece's greedy longest-match-first segmentation of one token over a <see cref="BertVocabulary"/> (a <c>##</c> token
/// is segmented as the continuation of a word); a text that cannot be segmented is <c>[UNK]</c>, as in WordPiece.
/// </summary>
internal static class WordPieceDecomposition
{
    public static IReadOnlyList<int> Segment(BertVocabulary vocabulary, string token)
    {
        var continuation = token.StartsWith(BertWordPieceTokenizer.ContinuationPrefix, StringComparison.Ordinal);
        var text = continuation ? token[BertWordPieceTokenizer.ContinuationPrefix.Length..] : token;
        var ids = new List<int>();
        var start = 0;
        while (start < text.Length)
        {
            var prefix = continuation || start > 0 ? BertWordPieceTokenizer.ContinuationPrefix : "";
            var end = text.Length;
            int? found = null;
            while (end > start && (found = vocabulary.IdOf(prefix + text[start..end])) is null)
            {
                end--;
            }
            if (found is not { } id)
            {
                return [vocabulary.IdOf("[UNK]")!.Value];
            }
            ids.Add(id);
            start = end;
        }
        return ids;
    }
}
