using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.IO;

/// <summary>
/// What a signal handler removes: the temporary outputs still pending, and nothing that was finished. Deleting every pending
/// output of the process must not race other tests' atomic writes, so this runs alone.
/// </summary>
[Collection(nameof(PendingOutputsTests))]
public sealed class PendingOutputsTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Deleting_the_pending_outputs_removes_tracked_files_and_directories_but_not_released_ones()
    {
        var file = _directory.Write(".out.tsv.tmp", "half");
        var folder = _directory.Write(".model.tmp/weights.bin", "half");
        var finished = _directory.Write(".done.tmp", "whole");
        using var pendingFile = PendingOutputs.Track(file);
        using var pendingFolder = PendingOutputs.Track(Path.GetDirectoryName(folder)!);
        PendingOutputs.Track(finished).Dispose();

        PendingOutputs.DeleteAll();

        Assert.Equal([".done.tmp"], _directory.Entries());
    }
}

/// <summary>Runs <see cref="PendingOutputsTests"/> with no other test in parallel.</summary>
[CollectionDefinition(nameof(PendingOutputsTests), DisableParallelization = true)]
public sealed class PendingOutputsCollection;
