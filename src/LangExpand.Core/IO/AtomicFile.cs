using System.Text;

namespace LangExpand.Core.IO;

/// <summary>
/// Writes files so that a reader never sees half of one: content goes to a temporary file in the same directory,
/// which is renamed over the target only after it was written completely. A failed write leaves the target untouched; a
/// target that is not a regular file (a directory, a symbolic link, a device, a FIFO) is refused (<see cref="OutputPaths.RequireFileTarget"/>).
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark, the encoding of every text file LangExpand writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        OutputPaths.RequireFileTarget(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        using var pending = PendingOutputs.Track(temporary);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes text (UTF-8, no BOM) produced by <paramref name="write"/>, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        write(writer);
    });

    /// <summary>Writes a string (UTF-8, no BOM), atomically.</summary>
    public static void WriteAllText(string path, string text) => WriteText(path, writer => writer.Write(text));
}
