namespace LangExpand.Tokenization;

/// <summary>
/// A subword tokenizer with a pretrained encoder's id layout (Hugging Face's, so that embeddings line up with
/// checkpoints): text to ids and back, special ids, and word-aligned encoding for token classification.
/// </summary>
public interface ISubwordTokenizer
{
    /// <summary>The number of ids (the size of the encoder's word-embedding matrix).</summary>
    int VocabularySize { get; }

    /// <summary>The ids of the special tokens.</summary>
    SpecialTokenIds Special { get; }

    /// <summary>Encodes <paramref name="text"/>; with <paramref name="addSpecialTokens"/>, as <c>CLS X SEP</c> (<c>&lt;s&gt; X &lt;/s&gt;</c>).</summary>
    IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true);

    /// <summary>
    /// Encodes pre-split words as one sequence with special tokens, and says where each word's first subword is (for
    /// labelling words in POS or NER fine-tuning). A word that yields no subword is encoded as the unknown token.
    /// </summary>
    WordAlignedEncoding EncodeWords(IReadOnlyList<string> words);

    /// <summary>Turns ids back into text, leaving out special tokens.</summary>
    string Decode(IEnumerable<int> ids);

    /// <summary>The token string of <paramref name="id"/>, or null when the id is out of range.</summary>
    string? IdToToken(int id);

    /// <summary>The id of the token string <paramref name="token"/>, or null when it is not in the vocabulary.</summary>
    int? TokenToId(string token);
}
