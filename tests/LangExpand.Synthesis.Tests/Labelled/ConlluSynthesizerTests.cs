using System.Text;
using LangExpand.Core.Annotated;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Labelled;

public sealed class ConlluSynthesizerTests
{
    private const string Sentence =
        "# text = She walked home\n" +
        "1\tShe\tshe\tPRON\tPRP\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_\n" +
        "2\twalked\twalk\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n" +
        "3\thome\thome\tADV\tNN\t_\t2\tadvmod\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    private static LexiconEntry Entry(string source, string target) =>
        new(new LexiconSide(source), new LexiconSide(target), 1, LexiconDirection.Both, new LexiconProvenance("toy.tsv", 7));

    private static readonly TranslationIndex Index = new([Entry("walk", "caminar"), Entry("she", "ella"), Entry(".", ".")]);

    private static readonly TargetParadigms Spanish = new([
        new InflectionTriple("caminar", FeatureBundle.Parse("V;IND;PST;PFV;NOM(3,SG)"), "caminó"),
        new InflectionTriple("caminar", FeatureBundle.Parse("V;IND;PRS;NOM(3,SG)"), "camina"),
        new InflectionTriple("caminar", FeatureBundle.Parse("V;SBJV;PST;NOM(3,SG)"), "caminara"),
    ]);

    private static (List<ConlluSentence> Sentences, SynthesisStatistics Statistics) Run(ReInflector? reInflector, double minCoverage = 0)
    {
        var statistics = new SynthesisStatistics();
        var output = Synthesize(new ConlluSynthesizer(Index, reInflector, new LabelledSynthesisOptions(new ChoicePolicy(), minCoverage)), Sentence, statistics);
        return (ConlluReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(output)), "out.conllu").ToList(), statistics);
    }

    /// <summary>The CoNLL-U text <paramref name="synthesizer"/> writes for <paramref name="input"/>.</summary>
    private static string Synthesize(ConlluSynthesizer synthesizer, string input, SynthesisStatistics? statistics = null)
    {
        var writer = new StringWriter();
        synthesizer.Synthesize(ConlluReader.ReadViews(new MemoryStream(Encoding.UTF8.GetBytes(input)), "in.conllu"), writer, statistics ?? new SynthesisStatistics());
        return writer.ToString();
    }

    [Fact]
    public void A_translated_lemma_is_re_inflected_from_the_table_for_the_source_words_features()
    {
        var (sentences, statistics) = Run(new ReInflector(Spanish));
        var verb = sentences[0].Lines[1];

        Assert.Equal("caminó", verb.Form);
        Assert.Equal("caminar", verb.Lemma);
        Assert.Equal("Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", verb.Feats);
        Assert.Equal("LexEntry=toy.tsv:7|Inflection=table|Bundle=V;IND;PST;PFV;NOM(3,SG)|Confidence=1|SourceFeats=Mood=Ind,Number=Sing,Person=3,Tense=Past,VerbForm=Fin", verb.Misc);
        Assert.Equal(1, statistics.Sources[InflectionSource.Table]);
    }

    [Fact]
    public void The_source_feats_a_re_inflected_word_keeps_in_misc_decode_to_the_source_column()
    {
        var verb = Run(new ReInflector(Spanish)).Sentences[0].Lines[1];
        var misc = verb.Misc.Split('|').Select(item => item.Split('=', 2)).ToDictionary(item => item[0], item => item[1]);

        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", SourceFeatsMisc.Decode(misc[SourceFeatsMisc.Name]));
    }

    [Theory]
    [InlineData("Number=Plur|PronType=Int,Rel")]
    [InlineData("Abbr=Yes|Number[psor]=Sing|PronType=Int,Rel|Typo=Yes")]
    [InlineData("Number=Sing")]
    [InlineData("_")]
    public void Source_feats_round_trip_through_the_misc_encoding_without_a_bar(string feats)
    {
        var encoded = SourceFeatsMisc.Encode(feats);

        Assert.DoesNotContain('|', encoded);
        Assert.Equal(feats, SourceFeatsMisc.Decode(encoded));
    }

    [Fact]
    public void Without_re_inflection_every_word_keeps_the_source_feats_and_misc_has_no_source_feats()
    {
        var sentence = Run(ReInflector.Off()).Sentences[0];

        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", sentence.Lines[1].Feats);
        Assert.Equal("Case=Nom|Number=Sing|Person=3", sentence.Lines[0].Feats);
        Assert.DoesNotContain(SourceFeatsMisc.Name, sentence.Lines[1].Misc);
    }

    [Fact]
    public void A_word_written_as_its_lemma_keeps_the_source_feats()
    {
        var pronoun = Run(new ReInflector(Spanish)).Sentences[0].Lines[0];

        Assert.Equal(("Ella", "Case=Nom|Number=Sing|Person=3"), (pronoun.Form, pronoun.Feats));
        Assert.DoesNotContain(SourceFeatsMisc.Name, pronoun.Misc);
    }

    [Fact]
    public void Capitalisation_carries_over_untranslated_words_stay_and_the_text_comment_is_rebuilt()
    {
        var sentence = Run(new ReInflector(Spanish)).Sentences[0];

        Assert.Equal("Ella", sentence.Lines[0].Form);
        Assert.Equal("home", sentence.Lines[2].Form);
        Assert.Equal("SpaceAfter=No", sentence.Lines[2].Misc);
        Assert.Equal("# text = Ella caminó home.", sentence.Comments[0]);
    }

    [Fact]
    public void Without_a_table_word_forms_are_translated_as_the_lexicon_writes_them()
    {
        var (sentences, statistics) = Run(reInflector: null);

        Assert.Equal("walked", sentences[0].Lines[1].Form);
        Assert.Equal("Ella", sentences[0].Lines[0].Form);
        Assert.Equal((3, 1), (statistics.Words, statistics.Substituted));
    }

    [Fact]
    public void A_translation_whose_part_of_speech_differs_is_written_as_its_lemma_not_re_inflected()
    {
        var index = new TranslationIndex([new LexiconEntry(new LexiconSide("walk"), new LexiconSide("paseo", "n"), 1, LexiconDirection.Both, new LexiconProvenance("toy.tsv", 3))]);
        var output = Synthesize(new ConlluSynthesizer(index, new ReInflector(Spanish), new LabelledSynthesisOptions(new ChoicePolicy())), Sentence);

        var verb = ConlluReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(output)), "out.conllu").Single().Lines[1];

        Assert.Equal(("paseo", "LexEntry=toy.tsv:3|Inflection=lemma|Confidence=0.5"), (verb.Form, verb.Misc));
    }

    [Fact]
    public void Sentences_below_the_coverage_threshold_are_dropped()
    {
        var (sentences, statistics) = Run(reInflector: null, minCoverage: 0.5);

        Assert.Empty(sentences);
        Assert.Equal(1, statistics.SentencesDropped);
    }

    [Fact]
    public void Without_the_lemma_in_the_table_the_most_frequent_matching_bundle_is_used_and_the_lemma_written()
    {
        var result = new ReInflector(Spanish).Inflect("saltar", "VERB", UdFeatures.TryParse("Tense=Pres|Person=3|Number=Sing|Mood=Ind", out var f) ? f : null!);

        Assert.Equal(new ReInflection("saltar", InflectionSource.Lemma, "V;IND;PRS;NOM(3,SG)"), result);
    }

    [Fact]
    public void Unchanged_lines_and_comments_are_copied_and_each_alternative_gives_a_variant()
    {
        var index = new TranslationIndex([Entry("walked", "anduvo"), Entry("walked", "caminó")]);
        var options = new LabelledSynthesisOptions(new ChoicePolicy(ChoiceKind.All));

        var output = Synthesize(new ConlluSynthesizer(index, null, options), "# sent_id = a\r\n" + Sentence.Replace("\n", "\r\n"));

        var variant = "# sent_id = a\n# text = She {0} home.\n# langexpand_variant = {1} of 2\n" +
            "1\tShe\tshe\tPRON\tPRP\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_\n" +
            "2\t{0}\t{2}\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\tLexEntry=toy.tsv:7|Inflection=copied|Confidence=0.9\n" +
            "3\thome\thome\tADV\tNN\t_\t2\tadvmod\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        Assert.Equal(string.Format(variant, "anduvo", 1, "anduvo") + string.Format(variant, "caminó", 2, "caminó"), output);
    }

    [Fact]
    public void A_multiword_token_stands_for_its_words_in_the_text_and_existing_misc_is_kept()
    {
        const string input = "# text = Today's news\n1-2\tToday's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tToday\ttoday\tNOUN\tNN\tNumber=Sing\t3\tnmod:poss\t_\t_\n" +
            "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tnews\tnews\tNOUN\tNN\tNumber=Sing\t0\troot\t_\tGloss=x\n\n";
        var index = new TranslationIndex([Entry("news", "noticias"), Entry("today", "hoy")]);

        var sentence = ConlluReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Synthesize(new ConlluSynthesizer(index, null, new LabelledSynthesisOptions(new ChoicePolicy())), input))), "out").Single();

        Assert.Equal("Today's noticias", sentence.Comment("text"));
        Assert.Equal(("Hoy", "noticias", "Gloss=x|LexEntry=toy.tsv:7|Inflection=copied|Confidence=0.9"), (sentence.Lines[1].Form, sentence.Lines[3].Form, sentence.Lines[3].Misc));
    }
}
