namespace LangExpand.Tokenization.Extension;

/// <summary>
/// What extending a tokenizer's vocabulary changed, for resizing the encoder's embeddings. Old ids keep their meaning
/// except those in <see cref="OldToNewIds"/> (for XLM-R, <c>&lt;mask&gt;</c>, which stays the last id); new tokens take the
/// ids just before it (XLM-R) or after the old vocabulary (BERT).
/// </summary>
/// <param name="OldVocabularySize">Ids before extension.</param>
/// <param name="NewVocabularySize">Ids after extension.</param>
/// <param name="NewTokens">The added tokens, in id order.</param>
/// <param name="OldToNewIds">Old ids whose token now has another id (every other old id is unchanged).</param>
public sealed record VocabularyExtension(
    int OldVocabularySize,
    int NewVocabularySize,
    IReadOnlyList<NewToken> NewTokens,
    IReadOnlyDictionary<int, int> OldToNewIds)
{
    /// <summary>For each new id, the old tokenizer's ids of its text (to initialise its embedding as their mean).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> Decompositions => NewTokens.ToDictionary(t => t.Id, t => t.OldIds);

    /// <summary>The new id of old id <paramref name="oldId"/>.</summary>
    public int MapOldId(int oldId) => OldToNewIds.TryGetValue(oldId, out var moved) ? moved : oldId;
}

/// <summary>A token added by vocabulary extension.</summary>
/// <param name="Id">Its id in the extended tokenizer.</param>
/// <param name="Token">Its text (a SentencePiece piece, or a WordPiece token with <c>##</c> for continuations).</param>
/// <param name="OldIds">The old tokenizer's ids of the same text.</param>
public sealed record NewToken(int Id, string Token, IReadOnlyList<int> OldIds);
