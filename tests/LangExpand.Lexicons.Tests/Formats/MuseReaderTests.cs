using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Formats;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Formats;

public class MuseReaderTests
{
    [Fact]
    public void Pairs_separated_by_spaces_or_a_tab_are_entries_with_their_line()
    {
        var entries = MuseReader.Read(Stream("the el\nhouse  casa\n\nhouse\tcasa\r\n"), "muse/en-es.txt").ToList();

        Assert.Equal([Entry("the", "el", 1, "en-es.txt"), Entry("house", "casa", 2, "en-es.txt"), Entry("house", "casa", 4, "en-es.txt")], entries);
    }

    [Theory]
    [InlineData("the el\nhouse\n")]
    [InlineData("the el\nfire engine camión\n")]
    public void A_line_without_exactly_two_words_is_rejected_with_file_and_line(string text)
    {
        var error = Assert.Throws<LangExpandException>(() => MuseReader.Read(Stream(text), "en-es.txt").ToList());

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("en-es.txt", 2)), (error.Code, error.Location));
    }
}
