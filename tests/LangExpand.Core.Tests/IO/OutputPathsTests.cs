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

    [Fact]
    public void A_character_device_as_a_file_output_is_refused_and_left_alone()
    {
        var error = Assert.Throws<LangExpandException>(() => AtomicFile.WriteAllText("/dev/null", "x"));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("/dev/null: it is a device, FIFO or socket", error.Message, StringComparison.Ordinal);
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void A_symbolic_link_as_an_output_is_refused_and_neither_it_nor_its_target_changes()
    {
        using var scratch = new ScratchDirectory();
        var target = scratch.Write("target.txt", "mine");
        var link = scratch.Path("link.txt");
        File.CreateSymbolicLink(link, target);

        var error = Assert.Throws<LangExpandException>(() => AtomicFile.WriteAllText(link, "x"));

        Assert.Contains("it is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("mine", File.ReadAllText(target));
        Assert.Throws<LangExpandException>(() => OutputPaths.RefuseOverwriting([link], []));
    }

    [Fact]
    public void A_fifo_as_an_output_is_refused_up_front()
    {
        using var scratch = new ScratchDirectory();
        var fifo = scratch.Path("pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<LangExpandException>(() => OutputPaths.RefuseOverwriting([fifo], []));

        Assert.Contains("it is a device, FIFO or socket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_directory_output_that_is_a_file_or_a_symbolic_link_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("model", "not a directory");
        Directory.CreateDirectory(scratch.Path("real"));
        var link = scratch.Path("linked");
        Directory.CreateSymbolicLink(link, scratch.Path("real"));

        Assert.Contains("it is a file", Assert.Throws<LangExpandException>(() => StagedDirectory.Write(file, _ => { })).Message, StringComparison.Ordinal);
        Assert.Contains("it is a symbolic link", Assert.Throws<LangExpandException>(() => StagedDirectory.Write(link, _ => { })).Message, StringComparison.Ordinal);
        Assert.Equal("not a directory", File.ReadAllText(file));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link));
    }

    [Fact]
    public void New_paths_regular_files_and_directories_have_their_kinds()
    {
        using var scratch = new ScratchDirectory();

        Assert.Equal(FileKind.Missing, FileKinds.Of(scratch.Path("new")));
        Assert.Equal(FileKind.File, FileKinds.Of(scratch.Write("file", "x")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(scratch.Root));
    }

    [Fact]
    public void An_output_that_is_the_file_an_input_link_points_to_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("verses.tsv", "b.GEN.1.1\tIn the beginning\n");
        File.CreateSymbolicLink(scratch.Path("link.tsv"), file);

        var error = Assert.Throws<LangExpandException>(() => OutputPaths.RefuseOverwriting([file], [scratch.Path("link.tsv")]));

        Assert.Contains("is one of the inputs", error.Message, StringComparison.Ordinal);
    }
}
