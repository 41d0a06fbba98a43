using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Tests.IO;

/// <summary>Strict UTF-8 line reading: text is kept exactly, terminators are reported, and non-text is refused with a place.</summary>
public class StrictTextReaderTests
{
    [Fact]
    public void Lines_keep_every_character_and_report_their_terminator()
    {
        var lines = Read(" a \tb \nschön\r\n\nlast");

        Assert.Equal(
            [new(1, " a \tb ", "\n"), new(2, "schön", "\r\n"), new(3, "", "\n"), new TextLine(4, "last", "")],
            lines);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n\n", 2)]
    public void A_final_terminator_does_not_start_another_line(string text, int count)
    {
        Assert.Equal(count, Read(text).Count);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_skipped()
    {
        var lines = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a\tb\n")]);

        Assert.Equal("a\tb", Assert.Single(lines).Text);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        var line = string.Concat(Enumerable.Repeat("ä€𐍈", 20_000));

        var lines = Read($"x\n{line}\r\ny");

        Assert.Equal([("x", "\n"), (line, "\r\n"), ("y", "")], lines.Select(l => (l.Text, l.Terminator)));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_is_rejected_naming_file_and_line(byte[] invalid)
    {
        var error = Assert.Throws<LangExpandException>(() => Read([.. "ok\n"u8, (byte)'x', .. invalid, (byte)'\n']));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.Equal(new SourceLocation("input.tsv", 2), error.Location);
        Assert.StartsWith("input.tsv:2: invalid UTF-8", error.Message);
    }

    [Theory]
    [InlineData("ab\0c", 3)]
    [InlineData("\u0001", 1)]
    [InlineData("a\u001Bb", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("a\u007F", 2)]
    [InlineData("a\u0085", 2)]
    public void Control_characters_are_rejected_naming_file_line_and_column(string line, int column)
    {
        var error = Assert.Throws<LangExpandException>(() => Read($"fine\n{line}\n"));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.StartsWith($"input.tsv:2:{column}: control character U+", error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_as_missing_input()
    {
        var path = Path.Combine(Path.GetTempPath(), $"langexpand-missing-{Guid.NewGuid():N}.tsv");

        var error = Assert.Throws<LangExpandException>(() => StrictTextReader.ReadLines(path));

        Assert.Equal(ErrorCode.MissingInput, error.Code);
        Assert.Contains(path, error.Message);
    }

    private static List<TextLine> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static List<TextLine> Read(byte[] bytes) => StrictTextReader.ReadLines(new MemoryStream(bytes), "input.tsv").ToList();
}
