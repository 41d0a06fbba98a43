using LangExpand.Core.IO;

namespace LangExpand.Core.Tests.IO;

/// <summary>BufferedTextWriter passes on exactly what was written, in blocks.</summary>
public class BufferedTextWriterTests
{
    /// <summary>Counts the calls that reach it.</summary>
    private sealed class CountingWriter : StringWriter
    {
        public int Calls { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Calls++;
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Calls++;
            base.Write(buffer);
        }
    }

    [Fact]
    public void Small_writes_reach_the_inner_writer_as_few_blocks_with_the_same_text()
    {
        var inner = new CountingWriter();
        using (var writer = new BufferedTextWriter(inner, bufferSize: 16))
        {
            for (var i = 0; i < 10; i++)
            {
                writer.Write("ab");
                writer.Write('\n');
            }
        }

        Assert.Equal(string.Concat(Enumerable.Repeat("ab\n", 10)), inner.ToString());
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void A_write_larger_than_the_buffer_goes_through_after_what_was_buffered()
    {
        var inner = new StringWriter();
        var writer = new BufferedTextWriter(inner, bufferSize: 4);

        writer.Write("ab");
        writer.Write("0123456789");
        writer.Flush();

        Assert.Equal("ab0123456789", inner.ToString());
    }
}
