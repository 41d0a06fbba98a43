using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Tagging.Tests.Perceptron;

public sealed class PerceptronSerializationTests
{
    private static string Saved(ScratchDirectory scratch)
    {
        var directory = scratch.Path("perceptron");
        PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(30)).Save(directory);
        return directory;
    }

    [Fact]
    public void A_saved_perceptron_loads_with_the_same_predictions_and_saves_the_same_bytes()
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        IReadOnlyList<IReadOnlyList<string>> words = [["the", "walk1", "."], ["we", "Walk", "walk", "!"]];

        var loaded = PeerTaggers.Load(directory);
        loaded.Save(scratch.Path("again"));

        Assert.Equal(PeerTaggers.Train(PeerTaggerKind.Perceptron, Treebank.Contextual(30)).Predict(words), loaded.Predict(words));
        Assert.Equal(ModelFiles.Contents(directory), ModelFiles.Contents(scratch.Path("again")));
    }

    [Theory]
    [InlineData("weights.tsv", 1, "b\t0")]
    [InlineData("weights.tsv", 1, "b\t99\t1")]
    [InlineData("weights.tsv", 1, "b\t0\tNaN")]
    [InlineData("weights.tsv", 2, "+\t0\t1")]
    [InlineData("labels.txt", 5, "A")]
    [InlineData("tagdict.tsv", 1, ".\tNOT-A-LABEL")]
    public void A_malformed_line_is_rejected_naming_the_file_and_line(string file, int number, string line)
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        ModelFiles.ReplaceLine(Path.Combine(directory, file), number, line);

        var error = Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Equal(new SourceLocation(Path.Combine(directory, file), number), error.Location);
    }

    [Fact]
    public void A_missing_weights_file_is_rejected_naming_it()
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        File.Delete(Path.Combine(directory, "weights.tsv"));

        Assert.Contains("weights.tsv is missing", Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory)).Message);
    }

    [Fact]
    public void An_unknown_format_version_is_rejected()
    {
        using var scratch = new ScratchDirectory();
        var directory = Saved(scratch);
        ModelFiles.SetFormatVersion(directory, 9);

        Assert.Contains("format_version 9 is not supported", Assert.Throws<LangExpandException>(() => PeerTaggers.Load(directory)).Message);
    }
}
