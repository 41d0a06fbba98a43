using System.Diagnostics;
using System.Globalization;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Pipeline.Running;

/// <summary>
/// The lock that lets one <c>add-language</c> run at a time work on a pack: the file <c>PACK/.lock</c>, created whole (written
/// beside it, then linked into place, so that it never exists half-written) and naming its owner (process id, host, process
/// start time). A second run is refused at once; a lock whose owner is no longer alive on this host (a killed run) is taken
/// over with a warning. <see cref="Dispose"/> removes it. Shards of <c>synth-mono</c> (<c>--mono-shard</c>) take no lock:
/// they run side by side on one pack by design.
/// </summary>
public sealed class PackLock : IDisposable
{
    private readonly string _path;
    private readonly string _content;

    private PackLock(string path, string content) => (_path, _content) = (path, content);

    /// <summary>
    /// Takes the lock of <paramref name="packDirectory"/> (creating it with its <c>.steps/</c>, so that a second run's validation
    /// sees a pack and meets the lock), or throws <see cref="ErrorCode.PackInUse"/>
    /// naming the lock file and its owner; <paramref name="warn"/> receives a line when a stale lock is taken over.
    /// </summary>
    public static PackLock Acquire(string packDirectory, Action<string> warn)
    {
        Directory.CreateDirectory(Path.Combine(packDirectory, PackLayout.Records));
        var path = Path.Combine(packDirectory, PackLayout.Lock);
        var content = Describe(Environment.ProcessId, Environment.MachineName, StartTicks(Process.GetCurrentProcess()));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path, content))
            {
                return new PackLock(path, content);
            }
            var held = ReadOrNull(path);
            if (held is null)
            {
                continue; // released between our attempt and the read
            }
            var owner = Owner.Parse(held);
            if (owner is not null && (owner.Host != Environment.MachineName || IsAlive(owner)))
            {
                throw new LangExpandException(ErrorCode.PackInUse,
                    $"the pack is being built by process {owner.ProcessId} on host {owner.Host}; refusing to run a second add-language on it",
                    new SourceLocation(path, 0), $"that run to finish (or, if it is gone, delete {path})");
            }
            warn(owner is null
                ? $"{path} is not a lock this program wrote; taking it over"
                : $"taking over the stale lock {path} of process {owner.ProcessId}, which is no longer running");
            if (ReadOrNull(path) == held)
            {
                File.Delete(path);
            }
        }
        throw new LangExpandException(ErrorCode.PackInUse, "another run keeps taking the pack's lock", new SourceLocation(path, 0), "one add-language run per pack");
    }

    /// <summary>Removes the lock file if it is still this lock's.</summary>
    public void Dispose()
    {
        if (ReadOrNull(_path) == _content)
        {
            File.Delete(_path);
        }
    }

    /// <summary>The text of a lock owned by process <paramref name="processId"/> on <paramref name="host"/>, started at <paramref name="startTicks"/>.</summary>
    private static string Describe(int processId, string host, long startTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"pid={processId}\nhost={host}\nstarted={startTicks}\n");

    private static bool TryCreate(string path, string content)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, content);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static bool IsAlive(Owner owner)
    {
        try
        {
            using var process = Process.GetProcessById(owner.ProcessId);
            return process.HasExited is false && StartTicks(process) == owner.StartTicks;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;

    /// <summary>The owner a lock file names.</summary>
    private sealed record Owner(int ProcessId, string Host, long StartTicks)
    {
        public static Owner? Parse(string text)
        {
            var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Where(f => f.Length == 2)
                .GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
            return fields.TryGetValue("pid", out var pid) && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && fields.TryGetValue("host", out var host)
                && fields.TryGetValue("started", out var started) && long.TryParse(started, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new Owner(id, host, ticks)
                : null;
        }
    }
}
