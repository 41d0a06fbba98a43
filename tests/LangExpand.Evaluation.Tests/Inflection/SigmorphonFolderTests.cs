using LangExpand.Core.Diagnostics;
using LangExpand.Evaluation.Inflection;
using LangExpand.TestKit;

namespace LangExpand.Evaluation.Tests.Inflection;

public sealed class SigmorphonFolderTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Theory]
    [InlineData("deu.trn", "deu", SigmorphonRole.Train, "")]
    [InlineData("heb_unvoc.dev", "heb_unvoc", SigmorphonRole.Dev, "")]
    [InlineData("deu.covered.tst", "deu", SigmorphonRole.CoveredTest, "")]
    [InlineData("deu.tst", "deu", SigmorphonRole.Test, "")]
    [InlineData("albanian-train-medium", "albanian", SigmorphonRole.Train, "medium")]
    [InlineData("scottish-gaelic-covered-test", "scottish-gaelic", SigmorphonRole.CoveredTest, "")]
    [InlineData("adyghe--kabardian-test-covered", "adyghe--kabardian", SigmorphonRole.CoveredTest, "")]
    [InlineData("ang_large.train", "ang", SigmorphonRole.Train, "large")]
    [InlineData("ang.gold", "ang", SigmorphonRole.Test, "")]
    [InlineData("ail.train", "ail", SigmorphonRole.Train, "")]
    public void File_names_of_every_year_are_classified(string name, string language, SigmorphonRole role, string size)
    {
        var file = SigmorphonFile.Classify(name);

        Assert.NotNull(file);
        Assert.Equal((language, role, size), (file.Language, file.Role, file.Size));
    }

    [Fact]
    public void Names_outside_the_conventions_are_not_classified() => Assert.Null(SigmorphonFile.Classify("README.md"));

    [Fact]
    public void Discovery_takes_the_largest_training_size_unless_one_is_asked_for()
    {
        foreach (var name in new[] { "x-train-low", "x-train-medium", "x-dev", "x-covered-test" })
        {
            _scratch.Write(name, "");
        }

        var largest = Assert.Single(SigmorphonFolder.Discover(_scratch.Root));
        var low = Assert.Single(SigmorphonFolder.Discover(_scratch.Root, "low"));

        Assert.EndsWith("x-train-medium", largest.Train);
        Assert.EndsWith("x-train-low", low.Train);
        Assert.EndsWith("x-dev", largest.Dev);
        Assert.EndsWith("x-covered-test", Assert.Single(largest.Tests));
    }

    [Fact]
    public void A_folder_without_training_files_is_an_error()
    {
        _scratch.Write("notes.txt", "");

        var error = Assert.Throws<LangExpandException>(() => SigmorphonFolder.Discover(_scratch.Root));

        Assert.Equal(ErrorCode.MissingInput, error.Code);
    }

    public void Dispose() => _scratch.Dispose();
}
