using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Tests.IO;

/// <summary>The span line reader under StrictTextReader: same lines, same terminators, same refusals, across block boundaries.</summary>
public class StrictLineReaderTests
{
    private static List<(int Number, string Text, string Terminator)> Read(byte[] bytes)
    {
        var reader = new StrictLineReader(new MemoryStream(bytes), "input.txt");
        var lines = new List<(int, string, string)>();
        while (reader.TryRead(out var line))
        {
            lines.Add((reader.LineNumber, line.ToString(), reader.Terminator));
        }
        return lines;
    }

    [Fact]
    public void Lf_and_crlf_lines_read_back_with_their_terminators_and_a_last_line_without_one()
    {
        var lines = Read(Encoding.UTF8.GetBytes("a\tb\r\nschön\n\nlast"));

        Assert.Equal([(1, "a\tb", "\r\n"), (2, "schön", "\n"), (3, "", "\n"), (4, "last", "")], lines);
    }

    [Fact]
    public void Many_lines_across_read_blocks_and_one_longer_than_a_block_come_back_unchanged()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"line {i} ñ€𐍈\n")) + new string('x', 600_000) + "\r\nend\n";

        var lines = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text.Replace("\r\n", "\n"), string.Concat(lines.Select(l => l.Text + "\n")));
        Assert.Equal(50_002, lines[^1].Number);
    }

    [Fact]
    public void Invalid_utf8_names_the_line_and_the_byte()
    {
        var error = Assert.Throws<LangExpandException>(() => Read([.. "ok\n"u8, (byte)'x', 0xC3, 0x28, (byte)'\n']));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.StartsWith("input.txt:2: invalid UTF-8 byte sequence at byte 2", error.Message);
    }

    [Theory]
    [InlineData("a\u0085b", 2)]
    [InlineData("ab\u0007", 3)]
    [InlineData("\u009F\u0001", 1)]
    public void The_first_control_character_of_either_range_is_reported_with_its_column(string line, int column)
    {
        var error = Assert.Throws<LangExpandException>(() => Read(Encoding.UTF8.GetBytes($"fine\n{line}\n")));

        Assert.StartsWith($"input.txt:2:{column}: control character", error.Message);
    }

    [Fact]
    public void An_endless_input_without_a_line_feed_is_refused_at_the_line_length_limit_with_file_and_line()
    {
        var reader = new StrictLineReader(new Zeros(), "/dev/zero");

        var error = Assert.Throws<LangExpandException>(() => reader.TryRead(out _));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.Equal(new SourceLocation("/dev/zero", 1), error.Location);
        Assert.Contains($"line longer than {StrictLineReader.MaxLineBytes} bytes", error.Message);
        Assert.Contains("lines of at most 16 MiB", error.Message);
    }

    /// <summary>An endless stream of zero bytes with no line feed, like <c>/dev/zero</c>.</summary>
    private sealed class Zeros : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
