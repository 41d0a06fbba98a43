using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;

namespace LangExpand.Core.Tests.Languages;

public class DatasetIdTests
{
    // The 52 languages of the CoNLL–SIGMORPHON 2017 task 1 file names (albanian-train-low, ...), with their ISO 639-3 codes.
    [Theory]
    [InlineData("albanian", "sqi")]
    [InlineData("arabic", "ara")]
    [InlineData("armenian", "hye")]
    [InlineData("basque", "eus")]
    [InlineData("bengali", "ben")]
    [InlineData("bulgarian", "bul")]
    [InlineData("catalan", "cat")]
    [InlineData("czech", "ces")]
    [InlineData("danish", "dan")]
    [InlineData("dutch", "nld")]
    [InlineData("english", "eng")]
    [InlineData("estonian", "est")]
    [InlineData("faroese", "fao")]
    [InlineData("finnish", "fin")]
    [InlineData("french", "fra")]
    [InlineData("georgian", "kat")]
    [InlineData("german", "deu")]
    [InlineData("haida", "hai")]
    [InlineData("hebrew", "heb")]
    [InlineData("hindi", "hin")]
    [InlineData("hungarian", "hun")]
    [InlineData("icelandic", "isl")]
    [InlineData("irish", "gle")]
    [InlineData("italian", "ita")]
    [InlineData("khaling", "klr")]
    [InlineData("kurmanji", "kmr")]
    [InlineData("latin", "lat")]
    [InlineData("latvian", "lav")]
    [InlineData("lithuanian", "lit")]
    [InlineData("lower-sorbian", "dsb")]
    [InlineData("macedonian", "mkd")]
    [InlineData("navajo", "nav")]
    [InlineData("northern-sami", "sme")]
    [InlineData("norwegian-bokmal", "nob")]
    [InlineData("norwegian-nynorsk", "nno")]
    [InlineData("persian", "fas")]
    [InlineData("polish", "pol")]
    [InlineData("portuguese", "por")]
    [InlineData("quechua", "que")]
    [InlineData("romanian", "ron")]
    [InlineData("russian", "rus")]
    [InlineData("scottish-gaelic", "gla")]
    [InlineData("serbo-croatian", "hbs")]
    [InlineData("slovak", "slk")]
    [InlineData("slovene", "slv")]
    [InlineData("sorani", "ckb")]
    [InlineData("spanish", "spa")]
    [InlineData("swedish", "swe")]
    [InlineData("turkish", "tur")]
    [InlineData("ukrainian", "ukr")]
    [InlineData("urdu", "urd")]
    [InlineData("welsh", "cym")]
    public void Conll_sigmorphon_2017_language_names_map_to_their_iso_639_3_code(string id, string expected)
    {
        Assert.Equal(expected, LanguageCode.FromDatasetId(id).Iso639_3);
    }

    // The 27 data set ids of the SIGMORPHON 2023 task 0 files (afb.trn, heb_unvoc.trn, jap.trn, ...).
    [Theory]
    [InlineData("afb", "afb")]
    [InlineData("amh", "amh")]
    [InlineData("arz", "arz")]
    [InlineData("bel", "bel")]
    [InlineData("dan", "dan")]
    [InlineData("deu", "deu")]
    [InlineData("eng", "eng")]
    [InlineData("fin", "fin")]
    [InlineData("fra", "fra")]
    [InlineData("grc", "grc")]
    [InlineData("heb", "heb")]
    [InlineData("heb_unvoc", "heb")]
    [InlineData("hun", "hun")]
    [InlineData("hye", "hye")]
    [InlineData("ita", "ita")]
    [InlineData("jap", "jpn")]
    [InlineData("kat", "kat")]
    [InlineData("klr", "klr")]
    [InlineData("mkd", "mkd")]
    [InlineData("nav", "nav")]
    [InlineData("rus", "rus")]
    [InlineData("san", "san")]
    [InlineData("sme", "sme")]
    [InlineData("spa", "spa")]
    [InlineData("sqi", "sqi")]
    [InlineData("swa", "swa")]
    [InlineData("tur", "tur")]
    public void Sigmorphon_2023_ids_map_to_their_base_language(string id, string expected)
    {
        Assert.Equal(expected, LanguageCode.FromDatasetId(id).Iso639_3);
    }

    // One SIGMORPHON 2019 task 1 pair for each of its 44 target (low-resource) languages.
    [Theory]
    [InlineData("persian--azeri", "aze")]
    [InlineData("hindi--bengali", "ben")]
    [InlineData("welsh--breton", "bre")]
    [InlineData("arabic--classical-syriac", "syc")]
    [InlineData("irish--cornish", "cor")]
    [InlineData("turkish--crimean-tatar", "crh")]
    [InlineData("latin--czech", "ces")]
    [InlineData("italian--friulian", "fur")]
    [InlineData("bengali--greek", "ell")]
    [InlineData("finnish--ingrian", "izh")]
    [InlineData("sorani--irish", "gle")]
    [InlineData("adyghe--kabardian", "kbd")]
    [InlineData("finnish--karelian", "krl")]
    [InlineData("polish--kashubian", "csb")]
    [InlineData("turkish--kazakh", "kaz")]
    [InlineData("turkish--khakas", "kjh")]
    [InlineData("italian--ladin", "lld")]
    [InlineData("czech--latin", "lat")]
    [InlineData("latvian--lithuanian", "lit")]
    [InlineData("estonian--livonian", "liv")]
    [InlineData("hebrew--maltese", "mlt")]
    [InlineData("german--middle-high-german", "gmh")]
    [InlineData("german--middle-low-german", "gml")]
    [InlineData("english--murrinhpatha", "mwf")]
    [InlineData("italian--neapolitan", "nap")]
    [InlineData("english--north-frisian", "frr")]
    [InlineData("french--occitan", "oci")]
    [InlineData("russian--old-church-slavonic", "chu")]
    [InlineData("urdu--old-english", "ang")]
    [InlineData("welsh--old-irish", "sga")]
    [InlineData("slovene--old-saxon", "osx")]
    [InlineData("persian--pashto", "pus")]
    [InlineData("russian--portuguese", "por")]
    [InlineData("swahili--quechua", "que")]
    [InlineData("portuguese--russian", "rus")]
    [InlineData("irish--scottish-gaelic", "gla")]
    [InlineData("kurmanji--sorani", "ckb")]
    [InlineData("zulu--swahili", "swa")]
    [InlineData("turkish--tatar", "tat")]
    [InlineData("kannada--telugu", "tel")]
    [InlineData("turkish--turkmen", "tuk")]
    [InlineData("finnish--votic", "vot")]
    [InlineData("dutch--west-frisian", "fry")]
    [InlineData("german--yiddish", "yid")]
    public void Sigmorphon_2019_pairs_map_to_their_target_language(string id, string expected)
    {
        Assert.Equal(expected, LanguageCode.FromDatasetId(id).Iso639_3);
    }

    [Fact]
    public void The_2023_japanese_id_is_japanese_only_as_a_data_set_id()
    {
        Assert.Equal("Japanese", LanguageCode.FromDatasetId("jap").Name);
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse("jap"));
        Assert.Contains("Japanese (jpn)", error.Expected);
    }

    [Theory]
    [InlineData("fre", "fra")]
    [InlineData("ang_small", "ang")]
    [InlineData("JAP", "jpn")]
    [InlineData("old_irish", "sga")]
    public void Other_code_and_name_forms_are_accepted_as_data_set_ids(string id, string expected)
    {
        Assert.Equal(expected, LanguageCode.FromDatasetId(id).Iso639_3);
    }

    [Theory]
    [InlineData("klingonese")]
    [InlineData("qqq_unvoc")]
    [InlineData("english--elvish")]
    public void Unknown_data_set_ids_are_rejected_with_the_id_named(string id)
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.FromDatasetId(id));

        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
        Assert.Contains($"'{id}'", error.Message);
    }
}
