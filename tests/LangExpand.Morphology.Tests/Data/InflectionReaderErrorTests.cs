using System.Text;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>Malformed files are rejected with file:line, what was expected, and the catalogue code.</summary>
public class InflectionReaderErrorTests
{
    private const string Good = "schielen\tV.PTCP;PST\tgeschielt\n";

    [Fact]
    public void A_100k_character_lemma_or_form_is_refused_with_file_line_and_the_length_limit()
    {
        var word = new string('a', 100_000);

        var lemma = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu.trn", Good + word + "\tV;PST\tab\n"));
        var form = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu.trn", Good + Good + "ab\tV;PST\t" + word + "\n"));

        Assert.StartsWith("deu.trn:2: lemma of 100000 characters; expected lemmas and forms of at most 1024 characters (InflectionReader.MaxWordLength)", lemma.Message);
        Assert.StartsWith("deu.trn:3: form of 100000 characters", form.Message);
        Assert.Equal(ErrorCode.MalformedLine, form.Code);
    }

    [Theory]
    [InlineData("deu.trn", Good + "broken\n" + Good, ErrorCode.MalformedLine, 2, "found 1 column;")]
    [InlineData("x.covered.tst", "schielen\n", ErrorCode.MalformedLine, 1, "found 1 column;")]
    [InlineData("deu.trn", Good + Good + "a\tV;PST\tb\tc\n", ErrorCode.MalformedLine, 3, "found 4 columns; expected 3 tab-separated columns")]
    [InlineData("deu.trn", "a\tV;PST\tb\tc\n", ErrorCode.MalformedLine, 1, "found 4 columns; expected 2 or 3 tab-separated columns")]
    [InlineData("albanian-dev", "a\tb\tV;PST\nc\tV;PST\n", ErrorCode.MalformedLine, 2, "found 2 columns; expected 3 tab-separated columns as on the first line")]
    [InlineData("deu.covered.tst", "a\tV;PST\nb\tV;PST\tc\n", ErrorCode.MalformedLine, 2, "found 3 columns; expected 2 tab-separated columns as on the first line (lemma<TAB>features, a covered file)")]
    [InlineData("deu.trn", Good + Good + "a\tV;;PST\tb\n", ErrorCode.InvalidFeatureSyntax, 3, "column 2: bad feature syntax in \"V;;PST\" at column 3")]
    [InlineData("albanian-dev", "a\tb\tV;PST\nc\td\tV PST\n", ErrorCode.InvalidFeatureSyntax, 2, "column 3: bad feature syntax")]
    [InlineData("deu.trn", Good + "\tV;PST\tb\n", ErrorCode.MalformedLine, 2, "empty lemma in column 1; expected lemma<TAB>features<TAB>form (sigmorphon2023)")]
    public void Malformed_lines_are_rejected_with_file_and_line(string name, string content, ErrorCode code, int line, string detail)
    {
        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read(name, content));

        Assert.Equal(code, error.Code);
        Assert.StartsWith($"{name}:{line}: ", error.Message);
        Assert.Contains(detail, error.Message);
        Assert.EndsWith($"[LE{(int)code}]", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "deu.trn:2: invalid UTF-8")]
    [InlineData(new byte[] { 0x00, 0x00, 0x00 }, "deu.trn:2:2: control character U+0000")]
    public void Bytes_that_are_not_text_are_rejected_with_file_and_line(byte[] junk, string start)
    {
        byte[] content = [.. Encoding.UTF8.GetBytes(Good), (byte)'x', .. junk, .. Encoding.UTF8.GetBytes("\tV;PST\tb\n")];

        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu.trn", content));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.StartsWith(start, error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_binary_junk_is_rejected_as_an_encoding_error(int seed)
    {
        var junk = new byte[4096];
        new Random(seed).NextBytes(junk);

        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu.trn", junk));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.Matches(@"^deu\.trn:\d+(:\d+)?: ", error.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_not_part_of_the_first_lemma()
    {
        var dataset = InflectionText.Read("deu.trn", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]);

        Assert.Equal("schielen", dataset.Triples[0].Lemma);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_is_read()
    {
        var dataset = InflectionText.Read("deu.trn", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good + Good)]);

        Assert.Equal(2, dataset.Records.Count);
        Assert.Equal("geschielt", dataset.Triples[0].Form);
    }
}
