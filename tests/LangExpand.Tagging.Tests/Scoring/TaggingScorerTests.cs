using LangExpand.Core.Diagnostics;
using LangExpand.Tagging.Scoring;
using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests.Scoring;

public sealed class TaggingScorerTests
{
    [Fact]
    public void UPOS_and_whole_FEATS_strings_are_scored_over_the_syntactic_words()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank.Text);
        var test = scratch.Write("test.conllu", Treebank.Text.Replace("NOUN\t_\tNumber=Plur", "VERB\t_\tNumber=Plur").Replace("Mood=Ind|Tense=Past\t0\troot\t_\t_", "Tense=Past\t0\troot\t_\t_"));

        var score = TaggingScorer.Score(gold, test);

        Assert.Equal(new TaggingScore(7, 6, 6), score);
        Assert.Equal(100.0 * 6 / 7, score.UposAccuracy, 10);
        Assert.Equal("{\"words\":7,\"upos\":85.7143,\"ufeats\":85.7143,\"upos_correct\":6,\"ufeats_correct\":6}", score.ToJson().ToJsonString());
    }

    [Fact]
    public void A_word_that_differs_from_the_gold_word_is_an_error_at_its_line()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank.Text);
        var test = scratch.Write("test.conllu", Treebank.Text.Replace("2\tdog\tdog", "2\tcat\tdog"));

        var error = Assert.Throws<LangExpandException>(() => TaggingScorer.Score(gold, test));

        Assert.Equal(new SourceLocation(test, 11), error.Location);
        Assert.Contains($"word 'cat' where {gold}:11 has 'dog'", error.Message);
    }

    [Fact]
    public void A_sentence_with_another_number_of_words_is_an_error_at_the_sentence()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank.Text);
        var test = scratch.Write("test.conllu", Treebank.Text.Replace("4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n", ""));

        Assert.Equal(new SourceLocation(test, 1), Assert.Throws<LangExpandException>(() => TaggingScorer.Score(gold, test)).Location);
    }

    [Fact]
    public void A_missing_sentence_is_an_error_naming_the_tested_file()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank.Text);
        var test = scratch.Write("test.conllu", Treebank.Text[..Treebank.Text.IndexOf("# sent_id = 2", StringComparison.Ordinal)]);

        Assert.Contains("1 sentences where", Assert.Throws<LangExpandException>(() => TaggingScorer.Score(gold, test)).Message);
    }

    [Theory]
    [InlineData("2\tdogs\tdog\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_", "2\tdogs\tdog\t_\t_\tNumber=Plur\t3\tnsubj\t_\t_")]
    [InlineData("2\tdogs\tdog\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_", "2\tdogs\tdog\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\tLabelled=Upos")]
    public void A_gold_word_without_a_whole_label_is_an_error_at_its_line(string complete, string partial)
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank.Text.Replace(complete, partial));
        var test = scratch.Write("test.conllu", Treebank.Text);

        var error = Assert.Throws<LangExpandException>(() => TaggingScorer.Score(gold, test));

        Assert.Equal(new SourceLocation(gold, 4), error.Location);
    }
}
