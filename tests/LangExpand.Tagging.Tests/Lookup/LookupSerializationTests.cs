using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests.Lookup;

public sealed class LookupSerializationTests
{
    private static readonly IReadOnlyList<Core.Annotated.TaggedSentence> Training = Treebank.Sentences("The/DET|_ dogs/NOUN|Number=Plur ran/VERB|_", "A/DET|_ cat/NOUN|_");

    private static string Saved(ScratchDirectory scratch)
    {
        var directory = scratch.Path("lookup");
        PeerTaggers.Train(PeerTaggerKind.Lookup, Training).Save(directory);
        return directory;
    }

    [Fact]
    public void A_saved_lookup_tagger_loads_with_the_same_predictions_and_saves_the_same_bytes()
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        var words = Treebank.Words(Treebank.Sentences("the/X dogs/X ran/X cats/X Zebra/X"));

        var loaded = PeerTaggers.Load(directory);
        loaded.Save(scratch.Path("again"));

        Assert.Equal("lookup-tagger", loaded.Type);
        Assert.Equal(PeerTaggers.Train(PeerTaggerKind.Lookup, Training).Predict(words), loaded.Predict(words));
        Assert.Equal(ModelFiles.Contents(directory), ModelFiles.Contents(scratch.Path("again")));
    }

    [Theory]
    [InlineData("form\tThe")]
    [InlineData("verb\tThe\tDET|_")]
    [InlineData("form\tA\tDET|_")]
    public void A_malformed_table_line_is_rejected_naming_the_file_and_line(string line)
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        ModelFiles.ReplaceLine(Path.Combine(directory, "lookup.tsv"), 2, line);

        var error = Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Equal(new SourceLocation(Path.Combine(directory, "lookup.tsv"), 2), error.Location);
    }

    [Fact]
    public void An_unknown_format_version_is_rejected()
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        ModelFiles.SetFormatVersion(directory, 2);

        var error = Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory));

        Assert.Contains("format_version 2 is not supported", error.Message);
    }
}
