using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Torch.Safetensors;

namespace LangExpand.Torch.Tests.Safetensors;

public sealed class SafetensorsFileTests
{
    private const string TwoTensors =
        "{\"__metadata__\":{\"format\":\"pt\"},\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"I64\",\"shape\":[],\"data_offsets\":[8,16]}}";

    private static readonly byte[] TwoTensorData = [.. BitConverter.GetBytes(1f), .. BitConverter.GetBytes(-2f), .. BitConverter.GetBytes(7L)];

    [Fact]
    public void A_hand_built_file_reads_back_its_entries_metadata_and_bytes()
    {
        using var scratch = new ScratchDirectory();
        using var file = SafetensorsFile.Open(scratch.Write("a.safetensors", SafetensorsBytes.Build(TwoTensors, TwoTensorData)));

        Assert.Equal(["a", "b"], file.Header.Tensors.Select(tensor => tensor.Name));
        Assert.Equal("pt", file.Header.Metadata["format"]);
        var a = file.Header.ByName["a"];
        Assert.Equal((SafetensorsDType.F32, 0L, 8L), (a.DType, a.Begin, a.End));
        Assert.Equal([2L], a.Shape);
        Assert.Equal(TwoTensorData[8..], file.ReadBytes(file.Header.ByName["b"]));
        Assert.Empty(file.Header.ByName["b"].Shape);
    }

    [Fact]
    public void Planning_and_encoding_gives_the_bytes_the_specification_describes()
    {
        var header = SafetensorsHeader.Plan(
            [new SafetensorsTensorSpec("b", SafetensorsDType.I64, []), new SafetensorsTensorSpec("a", SafetensorsDType.F32, [2])],
            new Dictionary<string, string> { ["format"] = "pt" });

        var expected = SafetensorsBytes.Build(TwoTensors, []);
        Assert.Equal(expected, header.Encode());
        Assert.Equal(0, (header.Encode().Length - 8) % 8);
    }

    [Fact]
    public void Header_parsing_accepts_an_unpadded_header_and_a_header_without_metadata()
    {
        using var scratch = new ScratchDirectory();
        const string json = "{\"x\":{\"dtype\":\"U8\",\"shape\":[3],\"data_offsets\":[0,3]}}";
        using var file = SafetensorsFile.Open(scratch.Write("x.safetensors", SafetensorsBytes.Build(json, [1, 2, 3], pad: false)));

        Assert.Empty(file.Header.Metadata);
        Assert.Equal(new byte[] { 1, 2, 3 }, file.ReadBytes(file.Header.Tensors[0]));
    }

    [Theory]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]", "not valid UTF-8 JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"a\":{\"dtype\":\"F8\",\"shape\":[2],\"data_offsets\":[0,8]}}", "unknown dtype 'F8'")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", "spans 8 bytes, but shape [3] of F32 needs 12")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,16]}}", "outside the 8-byte data buffer")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]}}", "outside the 8-byte data buffer")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", "overlaps the tensor before it")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", "leaves a gap")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", "cover 4 bytes, but the data buffer holds 8")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", "shape value '-2'")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,8]}}", "lacks dtype, shape or data_offsets")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8],\"extra\":1}}", "unexpected or repeated field 'extra'")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", "names 'a' twice")]
    [InlineData("{\"__metadata__\":{\"n\":1},\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", "metadata entry 'n'")]
    public void A_malformed_header_names_the_file_and_what_was_expected(string json, string problem)
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("bad.safetensors", SafetensorsBytes.Build(json, new byte[8]));

        var error = Assert.Throws<LangExpandException>(() => SafetensorsFile.Open(path));

        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains("; expected ", error.Message);
    }

    [Fact]
    public void A_header_length_past_the_end_of_the_file_is_an_error()
    {
        using var scratch = new ScratchDirectory();
        var bytes = SafetensorsBytes.Build(TwoTensors, TwoTensorData);
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), (ulong)bytes.Length);
        var path = scratch.Write("long.safetensors", bytes);

        var error = Assert.Throws<LangExpandException>(() => SafetensorsFile.Open(path));

        Assert.Contains($"header length {bytes.Length} runs past the end of the {bytes.Length}-byte file", error.Message);
    }

    [Fact]
    public void A_file_shorter_than_the_length_prefix_is_an_error_and_a_missing_file_is_missing_input()
    {
        using var scratch = new ScratchDirectory();

        Assert.Contains("too few for the 8-byte header length",
            Assert.Throws<LangExpandException>(() => SafetensorsFile.Open(scratch.Write("short.safetensors", new byte[3]))).Message);
        Assert.Equal(ErrorCode.MissingInput, Assert.Throws<LangExpandException>(() => SafetensorsFile.Open(scratch.Path("none.safetensors"))).Code);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_the_header_are_an_error()
    {
        using var scratch = new ScratchDirectory();
        var bytes = SafetensorsBytes.Build("{\"a\":{}}", []);
        bytes[11] = 0xff;

        var error = Assert.Throws<LangExpandException>(() => SafetensorsFile.Open(scratch.Write("utf8.safetensors", bytes)));

        Assert.Contains("not valid UTF-8 JSON", error.Message);
    }
}
