using LangExpand.TestKit;
using LangExpand.Torch.Safetensors;
using static TorchSharp.torch;

namespace LangExpand.Torch.Tests.Safetensors;

public sealed class SafetensorsTensorTests
{
    public static TheoryData<ScalarType> StoredTypes() =>
    [
        ScalarType.Float64, ScalarType.Float32, ScalarType.Float16, ScalarType.BFloat16, ScalarType.Int64, ScalarType.Int32,
        ScalarType.Int16, ScalarType.Int8, ScalarType.Byte, ScalarType.Bool,
    ];

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void Each_element_type_round_trips_with_shape_and_values(ScalarType type)
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var original = arange(0, 24, dtype: ScalarType.Float32).remainder(5).reshape(2, 3, 4).to_type(type);
        var path = scratch.Path("t.safetensors");

        SafetensorsWriter.Save(path, new Dictionary<string, Tensor> { ["w"] = original });
        var loaded = SafetensorsReader.Load(path)["w"];

        Assert.Equal(type, loaded.dtype);
        Assert.Equal(original.shape, loaded.shape);
        Assert.True(original.equal(loaded).all().item<bool>());
    }

    [Fact]
    public void Written_bytes_match_a_file_built_by_hand_from_the_specification()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var path = scratch.Path("spec.safetensors");
        var tensors = new Dictionary<string, Tensor>
        {
            ["z.bias"] = tensor(new long[] { 7, -1 }),
            ["a.weight"] = tensor(new float[] { 1.5f, -2f, 0.25f, 8f }).reshape(2, 2),
            ["m.scale"] = tensor(1f).to_type(ScalarType.BFloat16),
        };

        SafetensorsWriter.Save(path, tensors, new Dictionary<string, string> { ["format"] = "pt" });

        const string json = "{\"__metadata__\":{\"format\":\"pt\"}," +
            "\"a.weight\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]}," +
            "\"m.scale\":{\"dtype\":\"BF16\",\"shape\":[],\"data_offsets\":[16,18]}," +
            "\"z.bias\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[18,34]}}";
        byte[] data =
        [
            .. BitConverter.GetBytes(1.5f), .. BitConverter.GetBytes(-2f), .. BitConverter.GetBytes(0.25f), .. BitConverter.GetBytes(8f),
            0x80, 0x3f, // bfloat16 1.0 = the upper half of float32 0x3f800000
            .. BitConverter.GetBytes(7L), .. BitConverter.GetBytes(-1L),
        ];
        Assert.Equal(SafetensorsBytes.Build(json, data), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_same_tensors_give_the_same_bytes_whatever_the_dictionary_order()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var a = ones(3);
        var b = zeros(2, 2);

        SafetensorsWriter.Save(scratch.Path("1.safetensors"), new Dictionary<string, Tensor> { ["a"] = a, ["b"] = b });
        SafetensorsWriter.Save(scratch.Path("2.safetensors"), new Dictionary<string, Tensor> { ["b"] = b, ["a"] = a });

        Assert.Equal(File.ReadAllBytes(scratch.Path("1.safetensors")), File.ReadAllBytes(scratch.Path("2.safetensors")));
    }

    [Fact]
    public void Chunked_copying_with_tiny_chunks_round_trips_non_contiguous_tensors()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var original = arange(0, 30, dtype: ScalarType.Float64).reshape(5, 6).t();
        var path = scratch.Path("chunks.safetensors");

        SafetensorsWriter.Save(path, new Dictionary<string, Tensor> { ["x"] = original }, chunkBytes: 3);
        var loaded = SafetensorsReader.Load(path, chunkBytes: 20)["x"];

        Assert.True(original.equal(loaded).all().item<bool>());
        Assert.Equal(File.ReadAllBytes(path), WriteWithDefaultChunks(scratch, original));
    }

    [Fact]
    public void Loading_can_convert_the_element_type()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var path = scratch.Path("half.safetensors");
        SafetensorsWriter.Save(path, new Dictionary<string, Tensor> { ["h"] = tensor(new float[] { 0.5f, 3f }).to_type(ScalarType.Float16) });

        var loaded = SafetensorsReader.Load(path, ScalarType.Float32, CPU)["h"];

        Assert.Equal(ScalarType.Float32, loaded.dtype);
        Assert.Equal(new[] { 0.5f, 3f }, loaded.data<float>().ToArray());
    }

    [Fact]
    public void A_sharded_checkpoint_round_trips_through_its_index()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var tensors = new Dictionary<string, Tensor>
        {
            ["embeddings.weight"] = randn(4, 8), // 128 bytes
            ["layer.0.weight"] = randn(8, 8),    // 256 bytes: over the limit, a shard of its own
            ["layer.0.bias"] = randn(8),          // 32 bytes
            ["pooler.bias"] = randn(8),
        };

        SafetensorsCheckpoint.Save(scratch.Root, tensors, maxShardBytes: 200);
        var index = SafetensorsIndex.Read(scratch.Path(SafetensorsIndex.FileName));
        var loaded = SafetensorsCheckpoint.Load(scratch.Root);

        Assert.Equal(
            ["model-00001-of-00003.safetensors", "model-00002-of-00003.safetensors", "model-00003-of-00003.safetensors", SafetensorsIndex.FileName],
            scratch.Entries());
        Assert.Equal("model-00001-of-00003.safetensors", index.WeightMap["embeddings.weight"]);
        Assert.Equal("model-00001-of-00003.safetensors", index.WeightMap["layer.0.bias"]);
        Assert.Equal("model-00002-of-00003.safetensors", index.WeightMap["layer.0.weight"]);
        Assert.Equal(448, index.TotalSize);
        Assert.Equal(tensors.Keys.Order(), loaded.Keys.Order());
        Assert.All(tensors, pair => Assert.True(pair.Value.equal(loaded[pair.Key]).all().item<bool>()));
    }

    [Fact]
    public void Weights_that_fit_in_one_shard_are_one_model_file_without_an_index()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();

        SafetensorsCheckpoint.Save(scratch.Root, new Dictionary<string, Tensor> { ["w"] = ones(2) });

        Assert.Equal([SafetensorsCheckpoint.SingleFileName], scratch.Entries());
        Assert.True(SafetensorsCheckpoint.Load(scratch.Root)["w"].equal(ones(2)).all().item<bool>());
    }

    [Fact]
    public void Saving_again_with_another_sharding_leaves_only_the_new_weight_files()
    {
        using var scratch = new ScratchDirectory();
        using var scope = NewDisposeScope();
        var tensors = new Dictionary<string, Tensor> { ["a"] = randn(8, 8), ["b"] = randn(8, 8), ["c"] = randn(8, 8) };
        scratch.Write("config.json", "{}");

        SafetensorsCheckpoint.Save(scratch.Root, tensors);
        SafetensorsCheckpoint.Save(scratch.Root, tensors, maxShardBytes: 300);
        var afterSharding = scratch.Entries();
        SafetensorsCheckpoint.Save(scratch.Root, tensors, maxShardBytes: 600);
        var afterFewerShards = scratch.Entries();
        SafetensorsCheckpoint.Save(scratch.Root, tensors);

        Assert.Equal(["config.json", "model-00001-of-00003.safetensors", "model-00002-of-00003.safetensors", "model-00003-of-00003.safetensors", SafetensorsIndex.FileName], afterSharding);
        Assert.Equal(["config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", SafetensorsIndex.FileName], afterFewerShards);
        Assert.Equal(["config.json", SafetensorsCheckpoint.SingleFileName], scratch.Entries());
    }

    private static byte[] WriteWithDefaultChunks(ScratchDirectory scratch, Tensor tensor)
    {
        var path = scratch.Path("default.safetensors");
        SafetensorsWriter.Save(path, new Dictionary<string, Tensor> { ["x"] = tensor });
        return File.ReadAllBytes(path);
    }
}
