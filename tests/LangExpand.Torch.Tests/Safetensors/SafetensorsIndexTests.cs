using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Torch.Safetensors;
using static TorchSharp.torch;

namespace LangExpand.Torch.Tests.Safetensors;

public sealed class SafetensorsIndexTests
{
    [Fact]
    public void An_index_is_written_in_the_hugging_face_layout_and_read_back()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Path(SafetensorsIndex.FileName);

        new SafetensorsIndex(new Dictionary<string, string> { ["b"] = "model-00002-of-00002.safetensors", ["a"] = "model-00001-of-00002.safetensors" }, 96).Write(path);

        Assert.Equal(
            "{\n  \"metadata\": {\n    \"total_size\": 96\n  },\n  \"weight_map\": {\n    \"a\": \"model-00001-of-00002.safetensors\",\n" +
            "    \"b\": \"model-00002-of-00002.safetensors\"\n  }\n}\n", File.ReadAllText(path));
        var read = SafetensorsIndex.Read(path);
        Assert.Equal(96, read.TotalSize);
        Assert.Equal("model-00002-of-00002.safetensors", read.WeightMap["b"]);
    }

    [Theory]
    [InlineData("{\"metadata\":{}}", "no 'weight_map' object")]
    [InlineData("{\"weight_map\":{\"a\":\"../x.safetensors\"}}", "maps 'a' to '\"../x.safetensors\"'")]
    [InlineData("{\"weight_map\":{\"a\":3}}", "maps 'a' to '3'")]
    [InlineData("{\"weight_map\":", "not valid JSON")]
    public void A_malformed_index_names_the_file_and_the_entry(string json, string problem)
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write(SafetensorsIndex.FileName, json);

        var error = Assert.Throws<LangExpandException>(() => SafetensorsIndex.Read(path));

        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void An_index_that_disagrees_with_its_shards_is_an_error()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        SafetensorsWriter.Save(scratch.Path("s.safetensors"), new Dictionary<string, Tensor> { ["a"] = ones(1), ["b"] = ones(1) });
        new SafetensorsIndex(new Dictionary<string, string> { ["a"] = "s.safetensors" }, 4).Write(scratch.Path(SafetensorsIndex.FileName));

        var error = Assert.Throws<LangExpandException>(() => SafetensorsCheckpoint.Load(scratch.Root));

        Assert.Contains("s.safetensors holds 'b', which the index does not list there", error.Message);
    }
}
