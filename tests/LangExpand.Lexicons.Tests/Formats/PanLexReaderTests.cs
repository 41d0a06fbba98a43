using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Lexicons.Formats;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Formats;

public class PanLexReaderTests
{
    private const string English =
        "id\tlangvar\ttxt\ttxt_degr\tmeaning\tlangvar_uid\n" +
        "10\t187\thouse\thouse\t500\teng-000\n" +
        "11\t187\tdog\tdog\t501\teng-000\n" +
        "10\t187\thouse\thouse\t502\teng-000\n" +
        "12\t187\tcat\tcat\t999\teng-000\n";

    // No header: the export's first line is an expression.
    private const string Spanish =
        "20\t666\tcasa\tcasa\t500\tspa-000\n" +
        "21\t666\thogar\thogar\t500\tspa-000\n" +
        "22\t666\tperro\tperro\t501\tspa-000\n" +
        "20\t666\tcasa\tcasa\t502\tspa-000\n";

    [Fact]
    public void Expressions_sharing_a_meaning_are_translations_in_source_then_target_order()
    {
        var entries = Read(English, Spanish).ToList();

        Assert.Equal([Entry("house", "casa", 2, "eng.tsv"), Entry("house", "hogar", 2, "eng.tsv"), Entry("dog", "perro", 3, "eng.tsv"), Entry("house", "casa", 4, "eng.tsv")], entries);
    }

    [Fact]
    public void The_languages_given_are_checked_against_each_line()
    {
        var languages = new PanLexLanguages(LanguageCode.Parse("en"), LanguageCode.Parse("spa"));

        Assert.Equal(4, Read(English, Spanish, languages).Count());

        var error = Assert.Throws<LangExpandException>(() => Read(Spanish, English, languages).ToList());
        Assert.Equal((ErrorCode.InvalidOption, new SourceLocation("spa.tsv", 2)), (error.Code, error.Location));
    }

    [Theory]
    [InlineData("20\t666\tcasa\tcasa\t500\n", 1, "found 5 columns")]
    [InlineData("20\t666\tcasa\tcasa\t500\tspa-000\n21\t666\t\t\t500\tspa-000\n", 2, "txt: empty text")]
    [InlineData("20\t666\tcasa\tcasa\t\tspa-000\n", 1, "empty meaning")]
    public void A_malformed_line_in_either_export_is_rejected_with_its_file_and_line(string target, int line, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => Read(English, target).ToList());

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("spa.tsv", line)), (error.Code, error.Location));
        Assert.Contains(problem, error.Message);
    }

    private static IEnumerable<LexiconEntry> Read(string source, string target, PanLexLanguages? languages = null) =>
        PanLexReader.Read(Stream(source), "eng.tsv", Stream(target), "spa.tsv", languages);
}
