using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.IO;

/// <summary>Staged directories: the target holds the old content or the complete new one, never a mixture.</summary>
public sealed class StagedDirectoryTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_new_directory_replaces_the_old_one_whole_and_carries_the_named_entries()
    {
        _directory.Write("model/old.bin", "old");
        _directory.Write("model/checkpoints/step-1/state.json", "{}");

        StagedDirectory.Write(_directory.Path("model"), staging => File.WriteAllText(Path.Combine(staging, "new.bin"), "new"), carry: ["checkpoints"]);

        Assert.Equal(["checkpoints", "new.bin"], Directory.EnumerateFileSystemEntries(_directory.Path("model")).Select(Path.GetFileName).Order());
        Assert.Equal("{}", File.ReadAllText(_directory.Path("model", "checkpoints", "step-1", "state.json")));
        Assert.Equal(["model"], _directory.Entries());
    }

    [Fact]
    public void A_failing_fill_leaves_the_old_directory_and_no_staging_behind()
    {
        _directory.Write("model/old.bin", "old");

        Assert.Throws<InvalidOperationException>(() => StagedDirectory.Write(_directory.Path("model"), staging =>
        {
            File.WriteAllText(Path.Combine(staging, "half.bin"), "half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal(["old.bin"], Directory.EnumerateFileSystemEntries(_directory.Path("model")).Select(Path.GetFileName));
        Assert.Equal(["model"], _directory.Entries());
    }
}
