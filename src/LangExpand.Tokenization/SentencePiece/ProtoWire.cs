namespace LangExpand.Tokenization.SentencePiece;

/// <summary>Protocol-buffer wire types used by sentencepiece_model.proto.</summary>
internal static class ProtoWire
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;
}
