using System.Runtime.InteropServices;

namespace LangExpand.Core.IO;

/// <summary>What a path names, without following a symbolic link at its end.</summary>
public enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (to anything, or dangling).</summary>
    SymbolicLink,

    /// <summary>A character or block device, a FIFO or a socket.</summary>
    Special,
}

/// <summary>Tells the <see cref="FileKind"/> of a path (<c>lstat</c> through the .NET runtime's own native library on Unix).</summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000, Folder = 0x4000, Regular = 0x8000, Link = 0xA000;

    /// <summary>The kind of <paramref name="path"/> (its last component is not followed).</summary>
    public static FileKind Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsWindows() && LStatMode(full) is { } mode)
        {
            return (mode & TypeMask) switch
            {
                Regular => FileKind.File,
                Folder => FileKind.Directory,
                Link => FileKind.SymbolicLink,
                _ => FileKind.Special, // character or block device, FIFO, socket
            };
        }
        var info = new FileInfo(full);
        return info.LinkTarget is not null ? FileKind.SymbolicLink
            : System.IO.Directory.Exists(full) ? FileKind.Directory
            : info.Exists ? FileKind.File
            : FileKind.Missing;
    }

    /// <summary>The <c>st_mode</c> of <paramref name="path"/>; null when it does not exist or the runtime's native library is not at hand.</summary>
    private static int? LStatMode(string path)
    {
        try
        {
            return Native.LStat(path, out var status) == 0 ? status.Mode : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static class Native
    {
        /// <summary>The runtime's <c>FileStatus</c> (System.Native's pal_io.h): flags, then the mode with portable <c>S_IF*</c> bits; the rest is room.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        public struct Status
        {
            public int Flags;
            public int Mode;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        public static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);
    }
}
