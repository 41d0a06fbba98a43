using System.Collections.Concurrent;

namespace LangExpand.Core.IO;

/// <summary>
/// The temporary files and directories that atomic writes (<see cref="AtomicFile"/>, <see cref="StagedDirectory"/>) have not
/// renamed into place yet, so that a process stopped by a signal can remove them (<see cref="DeleteAll"/>, which the command
/// line calls on SIGINT and SIGTERM) instead of leaving hidden partial files behind. A kill that allows no handler (SIGKILL)
/// still leaves them; they are dot-files named after their target.
/// </summary>
public static class PendingOutputs
{
    private static readonly ConcurrentDictionary<string, byte> Paths = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="path"/> until the returned handle is disposed.</summary>
    public static IDisposable Track(string path)
    {
        Paths[path] = 0;
        return new Handle(path);
    }

    /// <summary>Deletes every pending file and directory (errors are ignored: the process is stopping).</summary>
    public static void DeleteAll()
    {
        foreach (var path in Paths.Keys)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort while the process stops.
            }
        }
    }

    private sealed class Handle(string path) : IDisposable
    {
        public void Dispose() => Paths.TryRemove(path, out _);
    }
}
