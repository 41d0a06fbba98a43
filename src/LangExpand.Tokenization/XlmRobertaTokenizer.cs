using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization.SentencePiece;
using Microsoft.ML.Tokenizers;

namespace LangExpand.Tokenization;

/// <summary>
/// XLM-R's tokenizer: a SentencePiece model (segmented by Microsoft.ML.Tokenizers) seen through Hugging Face's fairseq id
/// layout. <c>&lt;s&gt;</c> = 0, <c>&lt;pad&gt;</c> = 1, <c>&lt;/s&gt;</c> = 2, <c>&lt;unk&gt;</c> = 3; SentencePiece piece
/// <c>i</c> (i ≥ 3) is id <c>i + 1</c>, SentencePiece's own unknown piece is 3; <c>&lt;mask&gt;</c> is the last id,
/// <c>pieces + 1</c>. The model must start with the unknown piece and two control pieces (<c>&lt;s&gt;</c>,
/// <c>&lt;/s&gt;</c>), as XLM-R's and this library's trained models do.
/// </summary>
public sealed class XlmRobertaTokenizer : ISubwordTokenizer
{
    /// <summary>Hugging Face's names of the special tokens, in id order (mask apart).</summary>
    public static readonly IReadOnlyList<string> FairseqTokens = ["<s>", "<pad>", "</s>", "<unk>"];

    /// <summary>The mask token's text.</summary>
    public const string MaskToken = "<mask>";

    private const int FairseqOffset = 1;
    private readonly SentencePieceTokenizer segmenter;
    private readonly Dictionary<string, int> pieceIds;

    private XlmRobertaTokenizer(SentencePieceModel model, SentencePieceTokenizer segmenter)
    {
        Model = model;
        this.segmenter = segmenter;
        pieceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Pieces.Count; i++)
        {
            pieceIds[model.Pieces[i].Piece] = i;
        }
        Special = new SpecialTokenIds(Pad: 1, Unknown: 3, Mask: model.Pieces.Count + FairseqOffset, Cls: 0, Sep: 2);
    }

    /// <summary>The SentencePiece model behind the tokenizer.</summary>
    public SentencePieceModel Model { get; }

    /// <inheritdoc />
    public int VocabularySize => Model.Pieces.Count + FairseqOffset + 1;

    /// <inheritdoc />
    public SpecialTokenIds Special { get; }

    /// <summary>Loads <c>sentencepiece.bpe.model</c> (or any SentencePiece model file) from <paramref name="path"/>.</summary>
    public static XlmRobertaTokenizer Load(string path) => FromModel(SentencePieceModelFile.Read(path), path);

    /// <summary>Creates the tokenizer for <paramref name="model"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static XlmRobertaTokenizer FromModel(SentencePieceModel model, string sourceName = "<model>")
    {
        var pieces = model.Pieces;
        if (model.Trainer.UnkId != 0 || pieces.Count < 3 || pieces[1].Type != PieceType.Control || pieces[2].Type != PieceType.Control)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the model does not have XLM-R's layout",
                new SourceLocation(sourceName, 0), "pieces 0, 1, 2 = <unk> (UNKNOWN), <s> and </s> (CONTROL)");
        }
        using var stream = new MemoryStream(SentencePieceModelFile.Serialize(model));
        var segmenter = SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false);
        return new XlmRobertaTokenizer(model, segmenter);
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true)
    {
        var ids = new List<int>();
        if (addSpecialTokens)
        {
            ids.Add(Special.Cls);
        }
        ids.AddRange(EncodePieces(text));
        if (addSpecialTokens)
        {
            ids.Add(Special.Sep);
        }
        return ids;
    }

    /// <inheritdoc />
    public WordAlignedEncoding EncodeWords(IReadOnlyList<string> words) => WordAlignedEncoding.Build(words, EncodePieces, Special);

    /// <summary>
    /// Segments <paramref name="text"/> exactly as written (no normalization, no dummy prefix: <c>▁</c> stands for a
    /// space) and returns the ids; used to decompose a new piece into old ids.
    /// </summary>
    public IReadOnlyList<int> EncodeRawPieceText(string text) =>
        segmenter.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false, considerPreTokenization: false, considerNormalization: false)
            .Select(ToFairseq).ToList();

    /// <inheritdoc />
    public string Decode(IEnumerable<int> ids) =>
        segmenter.Decode(ids.Where(id => id >= FairseqTokens.Count && id < Special.Mask || id == Special.Unknown).Select(ToPiece), considerSpecialTokens: false) ?? "";

    /// <inheritdoc />
    public string? IdToToken(int id) => id switch
    {
        >= 0 when id < FairseqTokens.Count => FairseqTokens[id],
        _ when id == Special.Mask => MaskToken,
        > 0 when id < Special.Mask => Model.Pieces[id - FairseqOffset].Piece,
        _ => null,
    };

    /// <inheritdoc />
    public int? TokenToId(string token)
    {
        var fairseq = FairseqTokens.ToList().IndexOf(token);
        if (fairseq >= 0)
        {
            return fairseq;
        }
        if (token == MaskToken)
        {
            return Special.Mask;
        }
        return pieceIds.TryGetValue(token, out var piece) && piece >= FairseqTokens.Count - 1 ? piece + FairseqOffset : null;
    }

    private IReadOnlyList<int> EncodePieces(string text) =>
        segmenter.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false).Select(ToFairseq).ToList();

    private int ToFairseq(int piece) => piece == Model.Trainer.UnkId ? Special.Unknown : piece + FairseqOffset;

    private int ToPiece(int id) => id == Special.Unknown ? Model.Trainer.UnkId : id - FairseqOffset;
}
