namespace LangExpand.Tokenization.SentencePiece;

/// <summary>The segmentation algorithm of a SentencePiece model (<c>TrainerSpec.ModelType</c>; numbers as in the proto).</summary>
public enum SentencePieceModelType
{
    /// <summary>Unigram language model (Kudo 2018).</summary>
    Unigram = 1,

    /// <summary>Byte-pair encoding.</summary>
    Bpe = 2,

    /// <summary>Whitespace-delimited words.</summary>
    Word = 3,

    /// <summary>Characters.</summary>
    Char = 4,
}
