using LangExpand.Torch.Safetensors;

namespace LangExpand.Torch.Tests.Safetensors;

public sealed class ByteChunksTests
{
    [Fact]
    public void Chunks_cover_the_bytes_in_order_with_whole_elements()
    {
        Assert.Equal([(0L, 8), (8L, 8), (16L, 4)], ByteChunks.Split(20, chunkBytes: 10, elementSize: 4));
    }

    [Fact]
    public void A_chunk_smaller_than_an_element_still_holds_one_element()
    {
        Assert.Equal([(0L, 8), (8L, 8)], ByteChunks.Split(16, chunkBytes: 3, elementSize: 8));
    }

    [Fact]
    public void Nothing_to_copy_gives_no_chunks()
    {
        Assert.Empty(ByteChunks.Split(0, chunkBytes: 4, elementSize: 4));
    }

    [Fact]
    public void A_tensor_over_two_gibibytes_is_split_into_chunks_that_each_fit_in_a_span()
    {
        const long length = 5L << 30;
        var chunks = ByteChunks.Split(length, ByteChunks.DefaultChunkBytes, elementSize: 2).ToList();

        Assert.Equal(length, chunks.Sum(chunk => (long)chunk.Length));
        Assert.All(chunks, chunk => Assert.InRange(chunk.Length, 1, ByteChunks.DefaultChunkBytes));
        Assert.Equal(chunks.Select(chunk => chunk.Offset), chunks.Select((_, i) => (long)i * ByteChunks.DefaultChunkBytes));
    }
}
