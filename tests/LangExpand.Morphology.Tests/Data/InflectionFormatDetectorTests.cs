using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>Content decides the column order, the file name picks the year; what neither settles must be named with --format.</summary>
public class InflectionFormatDetectorTests
{
    [Theory]
    [InlineData("deu.trn", "schielen\tV.PTCP;PST\tgeschielt\nmachen\tV;PST;3;SG\tmachte\n", "sigmorphon2023")]
    [InlineData("deu.dev", "schielen\tV.PTCP;PST\tgeschielt\n", "sigmorphon2023")]
    [InlineData("deu.trn", "predigen\tpredig\tV;IMP;SG;2\nSattler\tSattler\tN;ACC;PL\n", "sigmorphon2020")]
    [InlineData("albanian-train-low", "dashuroj\tdashurova\tV;1;SG;IND;PST;IPFV\n", "sigmorphon2017")]
    [InlineData("albanian-dev", "dashuroj\tdashurova\tV;1;SG;IND;PST;IPFV\n", "sigmorphon2017")]
    [InlineData("x.covered.tst", "schielen\tV.PTCP;PST\nmachen\tV;PST;3;SG\n", "sigmorphon2023")]
    [InlineData("albanian-covered-test", "dashuroj\t\tV;1;PL;COND;PRF\nlëpij\t\tV;1;SG;COND;PRS\n", "sigmorphon2017")]
    [InlineData("maltese-task1-train", "tbandal\tpos=V,polar=POS,arg=ARGNO2S+ARGAC3SF\ttbandalthielha\n", "sigmorphon2016")]
    [InlineData("navajo-task1-test-covered", "yiłdzid\tpos=V,mood=REAL,per=3,num={DU/PL}\n", "sigmorphon2016")]
    [InlineData("words.txt", "tbandal\tpos=V,polar=POS\ttbandalt\n", "sigmorphon2016")]
    [InlineData("adyghe-test-covered", "жьэ\tN;INS;SG;NDEF\n", "sigmorphon2019")]
    [InlineData("ail.train", "uʔsu\tuʔsaʔ\tN;ABS\n", "sigmorphon2021")]
    [InlineData("ail.test", "ɸaː\tV;PST\n", "sigmorphon2021")]
    [InlineData("ang_small.train", "innecund\tinnecunde\tADJ;NOM;MASC;PL;LGSPEC01\n", "sigmorphon2022")]
    [InlineData("ang.gold", "innian\tinnoden\tV;SBJV;PL;PST\n", "sigmorphon2022")]
    [InlineData("deu", "schielen\tgeschielt\tV.PTCP;PST\n", "unimorph")]
    [InlineData("deu", "schielen\tgeschielt\tV.PTCP;PST\tge-schiel-t\n", "unimorph")]
    public void The_dialect_is_detected_from_name_and_content(string name, string content, string format)
    {
        Assert.Equal(format, InflectionText.Read(name, content).Format.Name);
    }

    [Fact]
    public void Basque_auxiliaries_of_2017_read_with_lemma_form_and_every_argument_atom()
    {
        const string content = "erabili\tzenerabiltzaketen\tV;ARGABS3;ARGABSPL;ARGERG2;ARGERGPL;PAST;POT\n"
            + "edun\tnion\tV;ARGABS3;ARGABSSG;ARGERG1;ARGERGSG;ARGIO3;ARGIOSG;PAST;IND\n";

        var triples = InflectionText.Read("basque-train-low", content).Triples;

        Assert.Equal(("erabili", "zenerabiltzaketen"), (triples[0].Lemma, triples[0].Form));
        Assert.Equal(("edun", "nion"), (triples[1].Lemma, triples[1].Form));
        Assert.Equal("V", triples[1].Features.PartOfSpeech);
        Assert.Equal(9, triples[1].Features.Atoms().Count());
    }

    [Fact]
    public void A_unimorph_file_keeps_columns_after_the_third()
    {
        const string content = "schielen\tgeschielt\tV.PTCP;PST\tge-schiel-t\tx\nmachen\tmachte\tV;PST;3;SG\n";

        var dataset = InflectionText.Read("deu", content);

        Assert.Equal(["ge-schiel-t", "x"], dataset.Records[0].ExtraColumns);
        Assert.Empty(dataset.Records[1].ExtraColumns);
        Assert.Equal(content, InflectionText.Write(dataset));
    }

    [Theory]
    [InlineData("foo.tst", "schielen\tV.PTCP;PST\n")]
    [InlineData("notes.txt", "schielen\tV.PTCP;PST\n")]
    [InlineData("deu", "a\tb\tc\n")]
    public void Files_whose_order_neither_name_nor_content_shows_are_ambiguous(string name, string content)
    {
        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read(name, content));

        Assert.Equal(ErrorCode.AmbiguousFormat, error.Code);
        Assert.StartsWith($"{name}: ", error.Message);
        Assert.Contains("--format", error.Message);
    }

    [Fact]
    public void A_file_whose_lines_disagree_on_the_column_order_is_ambiguous()
    {
        const string content = "schielen\tgeschielt\tV.PTCP;PST\nmachen\tmachte\tV;PST;3;SG\nsagen\tV;PST;3;SG\tsagte\n";

        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu", content));

        Assert.Equal(ErrorCode.AmbiguousFormat, error.Code);
        Assert.Contains("2 look like lemma<TAB>form<TAB>features, 1 like lemma<TAB>features<TAB>form", error.Message);
    }

    [Fact]
    public void The_disagreement_error_names_the_file()
    {
        const string content = "schielen\tgeschielt\tV.PTCP;PST\nmachen\tmachte\tV;PST;3;SG\nsagen\tV;PST;3;SG\tsagte\n";

        var error = Assert.Throws<LangExpandException>(() => InflectionText.Read("deu", content));

        Assert.StartsWith("deu", error.Message);
    }

    [Theory]
    [InlineData("foo.tst", "schielen\tV.PTCP;PST\n", "2020", "sigmorphon2020")]
    [InlineData("foo.tst", "schielen\tV.PTCP;PST\n", "2023", "sigmorphon2023")]
    [InlineData("deu.trn", "schielen\tgeschielt\tV.PTCP;PST\n", "unimorph", "unimorph")]
    public void A_named_format_is_used_without_detection(string name, string content, string format, string expected)
    {
        var dataset = InflectionText.Read(name, content, InflectionFormat.Parse(format));

        Assert.Equal(expected, dataset.Format.Name);
        Assert.Equal("schielen", dataset.Triples[0].Lemma);
        Assert.Equal("V.PTCP;PST", dataset.Triples[0].Features.ToString());
    }

    [Fact]
    public void A_named_format_overrides_what_the_content_suggests()
    {
        var dataset = InflectionText.Read("deu.trn", "schielen\tV.PTCP;PST\tgeschielt\n", InflectionFormat.Sigmorphon2020);

        Assert.Equal(("V.PTCP;PST", "geschielt"), (dataset.Triples[0].Form, dataset.Triples[0].Features.ToString()));
    }
}
