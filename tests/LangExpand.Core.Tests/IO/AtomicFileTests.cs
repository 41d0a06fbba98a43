using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.IO;

/// <summary>Atomic writes: the target only ever holds a complete file, and no temporary file is left behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_written_file_has_the_content_and_nothing_else_is_left_in_the_directory()
    {
        var path = _directory.Path("out.tsv");

        AtomicFile.Write(path, stream => stream.Write([1, 2, 3]));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.tsv"], _directory.Entries());
    }

    [Fact]
    public void A_target_that_is_a_directory_is_refused_and_kept()
    {
        Directory.CreateDirectory(_directory.Path("folder"));

        var error = Assert.Throws<LangExpandException>(() => AtomicFile.WriteAllText(_directory.Path("folder"), "x"));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("it is a directory", error.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(_directory.Path("folder")));
    }

    [Fact]
    public void Writing_replaces_an_existing_file()
    {
        var path = _directory.Write("out.tsv", [9, 9, 9, 9]);

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.tsv"], _directory.Entries());
    }

    [Fact]
    public void A_throwing_writer_leaves_the_old_file_untouched_and_no_temporary_file()
    {
        var path = _directory.Write("out.tsv", [9, 9, 9, 9]);

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, writer =>
        {
            writer.Write(new string('x', 100_000));
            writer.Flush();
            throw new InvalidOperationException("disk on fire");
        }));

        Assert.Equal("disk on fire", thrown.Message);
        Assert.Equal([9, 9, 9, 9], File.ReadAllBytes(path));
        Assert.Equal(["out.tsv"], _directory.Entries());
    }

    [Fact]
    public void A_throwing_writer_creates_no_target_when_there_was_none()
    {
        Assert.Throws<IOException>(() => AtomicFile.Write(_directory.Path("out.tsv"), _ => throw new IOException("full")));

        Assert.Empty(_directory.Entries());
    }

    [Fact]
    public void Missing_parent_directories_are_created()
    {
        var path = _directory.Path("a", "b", "out.txt");

        AtomicFile.WriteAllText(path, "x");

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark()
    {
        var path = _directory.Path("out.txt");

        AtomicFile.WriteAllText(path, "schön\n");

        Assert.Equal(Encoding.UTF8.GetBytes("schön\n"), File.ReadAllBytes(path));
    }
}
