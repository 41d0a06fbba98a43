namespace LangExpand.Tokenization.SentencePiece;

/// <summary>The type of a piece in a SentencePiece model (<c>ModelProto.SentencePiece.Type</c>; numbers as in the proto).</summary>
public enum PieceType
{
    /// <summary>An ordinary piece that segmentation may choose.</summary>
    Normal = 1,

    /// <summary>The unknown piece (exactly one per model).</summary>
    Unknown = 2,

    /// <summary>A control symbol such as <c>&lt;s&gt;</c>, never produced from text.</summary>
    Control = 3,

    /// <summary>A piece always kept whole when it occurs in text.</summary>
    UserDefined = 4,

    /// <summary>A piece kept in the vocabulary but never used.</summary>
    Unused = 5,

    /// <summary>A byte-fallback piece such as <c>&lt;0x41&gt;</c>.</summary>
    Byte = 6,
}
