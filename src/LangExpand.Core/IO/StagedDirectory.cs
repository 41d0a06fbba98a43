namespace LangExpand.Core.IO;

/// <summary>
/// Writes a directory so that a reader never sees half of one: its content goes to a sibling temporary directory, which
/// replaces the target only once it is complete. The previous target is removed only after the new one is in place, and
/// is put back if the swap fails; a failed write leaves the target as it was and no temporary directory behind. A target
/// that is not a directory (a file, a symbolic link, a device) is refused (<see cref="OutputPaths.RequireDirectoryTarget"/>).
/// </summary>
public static class StagedDirectory
{
    /// <summary>
    /// Fills a fresh directory with <paramref name="fill"/> and swaps it in at <paramref name="directory"/>; the entries of
    /// the previous target named in <paramref name="carry"/> (such as a folder of training checkpoints) move to the new one.
    /// </summary>
    public static void Write(string directory, Action<string> fill, IReadOnlyCollection<string>? carry = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        OutputPaths.RequireDirectoryTarget(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var retired = staging + ".old";
        using var pendingStaging = PendingOutputs.Track(staging);
        try
        {
            Directory.CreateDirectory(staging);
            fill(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
                foreach (var name in (carry ?? []).Where(name => Path.Exists(Path.Combine(retired, name)) && !Path.Exists(Path.Combine(staging, name))))
                {
                    Directory.Move(Path.Combine(retired, name), Path.Combine(staging, name));
                }
            }
            Directory.Move(staging, target);
        }
        catch when (Directory.Exists(retired) && !Directory.Exists(target))
        {
            foreach (var name in (carry ?? []).Where(name => Path.Exists(Path.Combine(staging, name)) && !Path.Exists(Path.Combine(retired, name))))
            {
                Directory.Move(Path.Combine(staging, name), Path.Combine(retired, name));
            }
            Directory.Move(retired, target);
            throw;
        }
        finally
        {
            foreach (var leftover in new[] { staging, retired }.Where(Directory.Exists))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }
}
