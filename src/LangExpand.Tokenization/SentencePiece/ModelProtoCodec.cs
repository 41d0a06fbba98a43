namespace LangExpand.Tokenization.SentencePiece;

/// <summary>Encodes and decodes <c>ModelProto</c> bytes; field numbers are listed on <see cref="SentencePieceModelFile"/>.</summary>
internal static class ModelProtoCodec
{
    public static byte[] Encode(SentencePieceModel model)
    {
        var writer = new ProtoWriter();
        foreach (var piece in model.Pieces)
        {
            writer.Bytes(1, EncodePiece(piece));
        }
        writer.Bytes(2, EncodeTrainer(model.Trainer));
        writer.Bytes(3, EncodeNormalizer(model.Normalizer));
        writer.Raw(model.OtherFields.Span);
        return writer.ToArray();
    }

    public static SentencePieceModel Decode(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var pieces = new List<ModelPiece>();
        TrainerSpec trainer = new();
        NormalizerSpec normalizer = new();
        var other = new MemoryStream();
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            var (field, wire) = reader.Tag();
            switch (field, wire)
            {
                case (1, ProtoWire.LengthDelimited): pieces.Add(DecodePiece(reader.LengthDelimited())); break;
                case (2, ProtoWire.LengthDelimited): trainer = DecodeTrainer(reader.LengthDelimited()); break;
                case (3, ProtoWire.LengthDelimited): normalizer = DecodeNormalizer(reader.LengthDelimited()); break;
                default: reader.Skip(wire); other.Write(reader.Since(start)); break;
            }
        }
        return new SentencePieceModel { Pieces = pieces, Trainer = trainer, Normalizer = normalizer, OtherFields = other.ToArray() };
    }

    private static byte[] EncodePiece(ModelPiece piece)
    {
        var writer = new ProtoWriter();
        writer.String(1, piece.Piece);
        writer.Float(2, piece.Score);
        writer.Varint(3, (int)piece.Type);
        return writer.ToArray();
    }

    private static ModelPiece DecodePiece(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        string? text = null;
        var score = 0f;
        var type = PieceType.Normal;
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.Tag();
            switch (field, wire)
            {
                case (1, ProtoWire.LengthDelimited): text = reader.String(); break;
                case (2, ProtoWire.Fixed32): score = reader.Float(); break;
                case (3, ProtoWire.Varint): type = (PieceType)reader.Varint(); break;
                default: reader.Skip(wire); break;
            }
        }
        if (text is null || !Enum.IsDefined(type))
        {
            throw new FormatException($"a piece without text or with unknown type {(int)type}");
        }
        return new ModelPiece(text, score, type);
    }

    private static byte[] EncodeTrainer(TrainerSpec spec)
    {
        var writer = new ProtoWriter();
        writer.Varint(3, (int)spec.ModelType);
        writer.Varint(4, spec.VocabSize);
        writer.Varint(40, spec.UnkId);
        writer.Varint(41, spec.BosId);
        writer.Varint(42, spec.EosId);
        writer.Varint(43, spec.PadId);
        writer.Raw(spec.OtherFields.Span);
        return writer.ToArray();
    }

    private static TrainerSpec DecodeTrainer(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var spec = new TrainerSpec();
        var other = new MemoryStream();
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            var (field, wire) = reader.Tag();
            spec = (field, wire) switch
            {
                (3, ProtoWire.Varint) => spec with { ModelType = (SentencePieceModelType)reader.Varint() },
                (4, ProtoWire.Varint) => spec with { VocabSize = (int)reader.Varint() },
                (40, ProtoWire.Varint) => spec with { UnkId = (int)reader.Varint() },
                (41, ProtoWire.Varint) => spec with { BosId = (int)reader.Varint() },
                (42, ProtoWire.Varint) => spec with { EosId = (int)reader.Varint() },
                (43, ProtoWire.Varint) => spec with { PadId = (int)reader.Varint() },
                _ => Keep(ref reader, wire, start, other, spec),
            };
        }
        return spec with { OtherFields = other.ToArray() };
    }

    private static byte[] EncodeNormalizer(NormalizerSpec spec)
    {
        var writer = new ProtoWriter();
        writer.String(1, spec.Name);
        writer.Bool(3, spec.AddDummyPrefix);
        writer.Bool(4, spec.RemoveExtraWhitespaces);
        writer.Bool(5, spec.EscapeWhitespaces);
        writer.Raw(spec.OtherFields.Span);
        return writer.ToArray();
    }

    private static NormalizerSpec DecodeNormalizer(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var spec = new NormalizerSpec();
        var other = new MemoryStream();
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            var (field, wire) = reader.Tag();
            spec = (field, wire) switch
            {
                (1, ProtoWire.LengthDelimited) => spec with { Name = reader.String() },
                (3, ProtoWire.Varint) => spec with { AddDummyPrefix = reader.Varint() != 0 },
                (4, ProtoWire.Varint) => spec with { RemoveExtraWhitespaces = reader.Varint() != 0 },
                (5, ProtoWire.Varint) => spec with { EscapeWhitespaces = reader.Varint() != 0 },
                _ => Keep(ref reader, wire, start, other, spec),
            };
        }
        return spec with { OtherFields = other.ToArray() };
    }

    private static T Keep<T>(ref ProtoReader reader, int wire, int start, MemoryStream other, T unchanged)
    {
        reader.Skip(wire);
        other.Write(reader.Since(start));
        return unchanged;
    }
}
