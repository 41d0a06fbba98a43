using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Apertium;
using static LangExpand.Morphology.Tests.Apertium.ApertiumFixtures;

namespace LangExpand.Morphology.Tests.Apertium;

public class LtExpandReaderTests
{
    [Fact]
    public void Analysis_only_entries_are_skipped_and_generation_only_entries_kept()
    {
        // lt-expand of a dictionary with <e r="LR"> (casaz) and <e r="RL"> (casae) entries, a punctuation colon and a multiword.
        const string listing = "casa:casa<n><sg>\ncasas:casa<n><pl>\ncasaz:>:casa<n><pl>\ncasae:<:casa<n><pl>\n:::<punct>\na b:a b<n>\n\n";

        var analyses = LtExpandReader.Read(Stream(listing), "t.expanded");

        Assert.Equal(
            [new("casa", "casa<n><sg>"), new("casas", "casa<n><pl>"), new("casae", "casa<n><pl>"), new(":", ":<punct>"), new("a b", "a b<n>")],
            analyses);
    }

    [Theory]
    [InlineData("casa")]
    [InlineData("casa:")]
    [InlineData("casa:<:")]
    public void A_line_without_an_analysis_is_rejected_with_file_and_line(string badLine)
    {
        var error = Assert.Throws<LangExpandException>(() => LtExpandReader.Read(Stream($"casa:casa<n><sg>\n{badLine}\n"), "t.expanded"));

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("t.expanded", 2)), (error.Code, error.Location));
    }
}
