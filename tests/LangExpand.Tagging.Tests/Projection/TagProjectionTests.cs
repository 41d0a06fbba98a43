using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Tagging.Projection;
using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests.Projection;

public sealed class TagProjectionTests
{
    private const string English = """
        1	the	_	DET	_	_	_	_	_	_
        2	dog	_	NOUN	_	_	_	_	_	_
        3	runs	_	VERB	_	_	_	_	_	_
        4	.	_	PUNCT	_	_	_	_	_	_

        1	a	_	DET	_	_	_	_	_	_
        2	cat	_	NOUN	_	_	_	_	_	_
        3	sleeps	_	VERB	_	_	_	_	_	_


        """;

    private static readonly string[] Pairs = ["the dog runs . ||| el perro corre .", "a cat sleeps ||| un gato duerme", "the cat runs ||| el gato corre", "a dog sleeps ||| un perro duerme"];

    private static (string Source, string Parallel) Inputs(ScratchDirectory scratch) =>
        (scratch.Write("en.conllu", English), scratch.Write("en-es.pipes", string.Concat(Enumerable.Repeat(Pairs, 5).SelectMany(p => p).Select(p => p + "\n"))));

    [Fact]
    public void Projected_CoNLL_U_reads_back_with_the_source_tags_carried_across_the_links_as_UPOS_only_labels()
    {
        using var scratch = new ScratchDirectory();
        var (source, parallel) = Inputs(scratch);

        var summary = TagProjection.ProjectFiles([source], [parallel], scratch.Path("es.conllu"), new ProjectionOptions(MinLabelledShare: 0));

        var sentences = TaggedConllu.Read(scratch.Path("es.conllu"));
        Assert.Equal((20, 20), (summary.Pairs, summary.Sentences));
        Assert.Equal(["el/DET|*", "perro/NOUN|*", "corre/VERB|*", "./PUNCT|*"], sentences[0].Tokens.Select(t => $"{t.Token}/{t.Label}"));
        Assert.Equal(summary.Words, sentences.Sum(s => s.Tokens.Count));
        Assert.Equal(summary.Labelled, sentences.Sum(s => s.Tokens.Count(t => t.Label != MorphoLabel.Unknown)));
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_bytes()
    {
        using var scratch = new ScratchDirectory();
        var (source, parallel) = Inputs(scratch);

        TagProjection.ProjectFiles([source], [parallel], scratch.Path("a.conllu"), new ProjectionOptions());
        TagProjection.ProjectFiles([source], [parallel], scratch.Path("b.conllu"), new ProjectionOptions());

        Assert.Equal(File.ReadAllBytes(scratch.Path("a.conllu")), File.ReadAllBytes(scratch.Path("b.conllu")));
    }

    [Fact]
    public void Writing_over_an_input_is_refused_and_leaves_it_as_it_was()
    {
        using var scratch = new ScratchDirectory();
        var (source, parallel) = Inputs(scratch);

        Assert.Throws<LangExpandException>(() => TagProjection.ProjectFiles([source], [parallel], parallel, new ProjectionOptions()));
        Assert.Equal(English, File.ReadAllText(source));
        Assert.StartsWith("the dog runs", File.ReadAllText(parallel));
    }

    [Fact]
    public void A_missing_parallel_file_is_an_error_naming_it_and_nothing_is_written()
    {
        using var scratch = new ScratchDirectory();
        var (source, _) = Inputs(scratch);

        var error = Assert.Throws<LangExpandException>(() => TagProjection.ProjectFiles([source], [scratch.Path("none.pipes")], scratch.Path("out.conllu"), new ProjectionOptions()));

        Assert.Contains("none.pipes", error.Message);
        Assert.False(File.Exists(scratch.Path("out.conllu")));
    }

    [Fact]
    public void Parallel_text_without_a_single_pair_is_an_error_and_nothing_is_written()
    {
        using var scratch = new ScratchDirectory();
        var (source, _) = Inputs(scratch);
        var empty = scratch.Write("empty.pipes", "");

        var error = Assert.Throws<LangExpandException>(() => TagProjection.ProjectFiles([source], [empty], scratch.Path("out.conllu"), new ProjectionOptions(), LangExpand.Parallel.Text.ParallelFormat.Pipes));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.False(File.Exists(scratch.Path("out.conllu")));
    }

    [Fact]
    public void Source_data_without_any_UPOS_is_an_error_naming_the_file()
    {
        using var scratch = new ScratchDirectory();
        var (_, parallel) = Inputs(scratch);
        var untagged = scratch.Write("untagged.conllu", "1\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n\n");

        var error = Assert.Throws<LangExpandException>(() => TagProjection.ProjectFiles([untagged], [parallel], scratch.Path("out.conllu"), new ProjectionOptions()));

        Assert.Contains("untagged.conllu", error.Message);
    }
}
