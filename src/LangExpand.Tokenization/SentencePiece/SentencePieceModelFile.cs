using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tokenization.SentencePiece;

/// <summary>
/// Reads and writes SentencePiece <c>.model</c> files (a serialized <c>ModelProto</c>, sentencepiece_model.proto):
/// <c>pieces</c> = 1 {<c>piece</c> = 1, <c>score</c> = 2, <c>type</c> = 3}, <c>trainer_spec</c> = 2 {<c>model_type</c> = 3,
/// <c>vocab_size</c> = 4, <c>unk_id</c> = 40, <c>bos_id</c> = 41, <c>eos_id</c> = 42, <c>pad_id</c> = 43},
/// <c>normalizer_spec</c> = 3 {<c>name</c> = 1, <c>add_dummy_prefix</c> = 3, <c>remove_extra_whitespaces</c> = 4,
/// <c>escape_whitespaces</c> = 5}. Fields not modelled are kept verbatim, so read → write keeps them.
/// </summary>
public static class SentencePieceModelFile
{
    /// <summary>Reads the model at <paramref name="path"/>.</summary>
    public static SentencePieceModel Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a model from <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static SentencePieceModel Read(Stream stream, string sourceName)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        SentencePieceModel model;
        try
        {
            model = ModelProtoCodec.Decode(copy.ToArray());
        }
        catch (FormatException e)
        {
            throw Invalid(sourceName, $"not a SentencePiece model: {e.Message}");
        }
        Validate(model, sourceName);
        return model;
    }

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, SentencePieceModel model)
    {
        var bytes = Serialize(model);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>The serialized <c>ModelProto</c> of <paramref name="model"/>.</summary>
    public static byte[] Serialize(SentencePieceModel model) => ModelProtoCodec.Encode(model);

    private static void Validate(SentencePieceModel model, string sourceName)
    {
        if (model.Pieces.Count == 0)
        {
            throw Invalid(sourceName, "the model has no pieces");
        }
        var unknown = model.Trainer.UnkId;
        if (unknown < 0 || unknown >= model.Pieces.Count || model.Pieces[unknown].Type != PieceType.Unknown)
        {
            throw Invalid(sourceName, $"unk_id {unknown} does not name a piece of type UNKNOWN");
        }
        var duplicate = model.Pieces.GroupBy(p => p.Piece, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid(sourceName, $"the piece '{duplicate.Key}' occurs more than once");
        }
    }

    private static LangExpandException Invalid(string sourceName, string problem) =>
        new(ErrorCode.InvalidModel, problem, new SourceLocation(sourceName, 0), "a SentencePiece ModelProto (.model)");
}
