namespace LangExpand.Tokenization.SentencePiece;

/// <summary>One entry of a SentencePiece vocabulary; its id is its index in <see cref="SentencePieceModel.Pieces"/>.</summary>
/// <param name="Piece">The piece text, with <c>▁</c> (U+2581) standing for a space.</param>
/// <param name="Score">Log probability for Unigram models (merge priority for BPE).</param>
/// <param name="Type">What kind of piece it is.</param>
public sealed record ModelPiece(string Piece, float Score, PieceType Type = PieceType.Normal);
