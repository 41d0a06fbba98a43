using System.Text;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.Annotated;

public sealed class ConlluReaderTests
{
    private const string TwoSentences =
        "# sent_id = 1\n# text = Today's news\n1-2\tToday's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tToday\ttoday\tNOUN\tNN\tNumber=Sing\t3\tnmod:poss\t_\t_\n" +
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tnews\tnews\tNOUN\tNN\tNumber=Sing\t0\troot\t_\t_\n\n" +
        "# sent_id = 2\n1\tGo\tgo\tVERB\tVB\tMood=Imp|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n1.1\tyou\tyou\tPRON\tPRP\t_\t_\t_\t1:nsubj\t_\n\n";

    private static List<ConlluSentence> Read(string text) =>
        ConlluReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "in.conllu").ToList();

    private static string Write(IEnumerable<ConlluSentence> sentences)
    {
        var writer = new StringWriter();
        ConlluWriter.Write(sentences, writer);
        return writer.ToString();
    }

    [Fact]
    public void Sentences_keep_comments_multiword_tokens_and_empty_nodes()
    {
        var sentences = Read(TwoSentences);

        Assert.Equal(2, sentences.Count);
        Assert.Equal("Today's news", sentences[0].Comment("text"));
        Assert.Equal(ConlluLineKind.MultiwordToken, sentences[0].Lines[0].Kind);
        Assert.Equal(["Today", "'s", "news"], sentences[0].Words.Select(w => w.Form));
        Assert.Equal(ConlluLineKind.EmptyNode, sentences[1].Lines[1].Kind);
        Assert.Equal("Mood=Imp|VerbForm=Fin", sentences[1].Lines[0].Feats);
        Assert.Equal("SpaceAfter=No", sentences[1].Lines[0].Misc);
    }

    [Fact]
    public void Reading_then_writing_gives_back_the_same_text() => Assert.Equal(TwoSentences, Write(Read(TwoSentences)));

    [Fact]
    public void Replacing_a_column_changes_only_that_column()
    {
        var line = Read(TwoSentences)[0].Lines[3];

        var changed = line.With(ConlluLine.FormColumn, "noticias").With(ConlluLine.MiscColumn, "Lex=x");

        Assert.Equal("3\tnoticias\tnews\tNOUN\tNN\tNumber=Sing\t0\troot\t_\tLex=x", changed.Text);
    }

    [Fact]
    public void A_last_sentence_without_a_final_blank_line_is_read() =>
        Assert.Single(Read("1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n"));

    [Theory]
    [InlineData("1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\n", 1, "found 9 columns")]
    [InlineData("1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n3\tnow\tnow\tADV\t_\t_\t1\tadvmod\t_\t_\n", 2, "unexpected ID '3'")]
    [InlineData("1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n# late\n", 2, "comment inside a sentence")]
    [InlineData("x\tGo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n", 1, "unexpected ID 'x'")]
    [InlineData("# only a comment\n\n", 2, "no token lines")]
    public void Malformed_lines_are_rejected_with_file_and_line(string text, int line, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => Read(text));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"in.conllu:{line}:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_sentence_view_gives_columns_and_runs_of_lines_in_place_with_crlf_read_as_lf()
    {
        var view = ConlluReader.ReadViews(new MemoryStream(Encoding.UTF8.GetBytes(TwoSentences.Replace("\n", "\r\n"))), "in.conllu").First();

        Assert.Equal((2, 4, 1), (view.CommentCount, view.Count, view.LineNumber));
        Assert.Equal("# text = Today's news", view.Comment(1).ToString());
        Assert.Equal(ConlluLineKind.MultiwordToken, view.Kind(0));
        Assert.Equal("nmod:poss", view.Column(1, 7).ToString());
        Assert.Equal("NOUN\tNN\tNumber=Sing\t3\tnmod:poss\t_", view.Columns(1, ConlluLine.UposColumn, ConlluLine.MiscColumn - 1).ToString());
        Assert.Equal("2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tnews\tnews\tNOUN\tNN\tNumber=Sing\t0\troot\t_\t_\n", view.Lines(2, 2).ToString());
        Assert.Equal(TwoSentences[..(TwoSentences.IndexOf("\n\n", StringComparison.Ordinal) + 2)], Write([view.ToSentence()]));
    }

    [Fact]
    public void Sentence_views_are_checked_like_sentences()
    {
        var error = Assert.Throws<LangExpandException>(() =>
            ConlluReader.ReadViews(new MemoryStream(Encoding.UTF8.GetBytes("1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\n")), "in.conllu").ToList());

        Assert.StartsWith("in.conllu:1:", error.Message);
        Assert.Contains("found 9 columns", error.Message);
    }

    [Theory]
    [InlineData("_", "")]
    [InlineData("Number=Plur|Tense=Past", "Number=Plur;Tense=Past")]
    [InlineData("PronType=Int,Rel", "PronType=Int,Rel")]
    public void Feats_parse_into_ordered_pairs(string feats, string expected)
    {
        Assert.True(UdFeatures.TryParse(feats, out var parsed));
        Assert.Equal(expected, string.Join(';', parsed.Pairs.Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(feats, parsed.ToString());
    }

    [Theory]
    [InlineData("Number")]
    [InlineData("=Plur")]
    [InlineData("Number=")]
    [InlineData("")]
    public void Malformed_feats_do_not_parse(string feats) => Assert.False(UdFeatures.TryParse(feats, out _));

    [SharedDataFact("ud")]
    public void Every_shared_treebank_round_trips_byte_for_byte()
    {
        foreach (var path in Directory.GetFiles(SharedData.Path("ud"), "*.conllu"))
        {
            var original = File.ReadAllText(path);
            Assert.True(original == Write(ConlluReader.Read(path)), $"{Path.GetFileName(path)} did not round-trip");
        }
    }
}
