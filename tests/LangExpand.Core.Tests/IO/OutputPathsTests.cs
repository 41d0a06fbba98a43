using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.IO;

public sealed class OutputPathsTests
{
    [Theory]
    [InlineData("model/weights.tsv")]
    [InlineData("model/sub/out.conllu")]
    [InlineData("model/./new.conllu")]
    public void An_output_inside_the_model_directory_is_refused(string output)
    {
        using var scratch = new ScratchDirectory();

        var error = Assert.Throws<LangExpandException>(() => OutputPaths.RefuseWritingInto([scratch.Path(output)], scratch.Path("model") + "/"));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("inside the model directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model2.conllu")]
    [InlineData("model-out/out.conllu")]
    [InlineData("-")]
    public void An_output_beside_the_model_directory_is_allowed(string output)
    {
        using var scratch = new ScratchDirectory();

        OutputPaths.RefuseWritingInto([output == "-" ? output : scratch.Path(output)], scratch.Path("model"));
    }
}
