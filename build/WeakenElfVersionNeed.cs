// MSBuild inline task (RoslynCodeTaskFactory) used by build/TorchNativeFix.targets; see DEVELOPERS.md ("LangExpand.Torch").
// For each ELF64 little-endian shared object given, finds the version requirement (Vernaux entry in the
// SHT_GNU_verneed section) whose name is VersionName and sets VER_FLG_WEAK in its vna_flags, so that the dynamic
// loader accepts a libstdc++ that lacks that version as long as every symbol actually bound exists. The file is
// patched in a copy (same mode) renamed over it (never in place: the copy may be a hard link into the NuGet
// cache), keeping its timestamp so that incremental copies still see it as up to date. Files that are missing, not
// ELF64 LE, without the requirement, or already weak are left alone.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WeakenElfVersionNeed : Microsoft.Build.Utilities.Task
{
    private const uint VersionNeedSectionType = 0x6ffffffe; // SHT_GNU_verneed
    private const ushort WeakFlag = 0x2;                     // VER_FLG_WEAK

    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                continue;
            }
            var bytes = File.ReadAllBytes(path);
            var offset = FindFlagsOffset(bytes, VersionName);
            if (offset < 0 || (ReadU16(bytes, offset) & WeakFlag) != 0)
            {
                continue;
            }
            Replace(path, offset, (ushort)(ReadU16(bytes, offset) | WeakFlag));
            Log.LogMessage(MessageImportance.Normal, "Marked the {0} requirement of {1} weak.", VersionName, path);
        }
        return !Log.HasLoggedErrors;
    }

    /// <summary>The file offset of vna_flags of the Vernaux entry named <paramref name="name"/>, or -1.</summary>
    private static long FindFlagsOffset(byte[] elf, string name)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F'
            || elf[4] != 2 || elf[5] != 1)
        {
            return -1; // not ELF64 little-endian
        }
        var sectionTable = (long)ReadU64(elf, 0x28);
        var entrySize = ReadU16(elf, 0x3A);
        var count = ReadU16(elf, 0x3C);
        if (entrySize < 64 || sectionTable + (long)entrySize * count > elf.Length)
        {
            return -1;
        }
        for (var i = 0; i < count; i++)
        {
            var header = sectionTable + (long)entrySize * i;
            if (ReadU32(elf, header + 4) != VersionNeedSectionType)
            {
                continue;
            }
            var link = ReadU32(elf, header + 40);
            if (link >= count)
            {
                return -1;
            }
            var strings = (long)ReadU64(elf, sectionTable + (long)entrySize * link + 24);
            return FindInVersionNeeds(elf, (long)ReadU64(elf, header + 24), ReadU32(elf, header + 44), strings, name);
        }
        return -1;
    }

    private static long FindInVersionNeeds(byte[] elf, long need, uint needCount, long strings, string name)
    {
        for (var n = 0; n < needCount && need + 16 <= elf.Length; n++)
        {
            var aux = need + ReadU32(elf, need + 8);
            for (var a = 0; a < ReadU16(elf, need + 2) && aux + 16 <= elf.Length; a++)
            {
                if (NameAt(elf, strings + ReadU32(elf, aux + 8)) == name)
                {
                    return aux + 4;
                }
                var nextAux = ReadU32(elf, aux + 12);
                if (nextAux == 0)
                {
                    break;
                }
                aux += nextAux;
            }
            var next = ReadU32(elf, need + 12);
            if (next == 0)
            {
                break;
            }
            need += next;
        }
        return -1;
    }

    private static string NameAt(byte[] elf, long offset)
    {
        var end = offset;
        while (end < elf.Length && elf[end] != 0)
        {
            end++;
        }
        return offset < elf.Length ? Encoding.ASCII.GetString(elf, (int)offset, (int)(end - offset)) : "";
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/> in a copy (which keeps the mode) renamed over the file.</summary>
    private static void Replace(string path, long offset, ushort value)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        var temporary = path + ".weaken.tmp";
        File.Copy(path, temporary, true);
        using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.Write))
        {
            stream.Position = offset;
            stream.Write(new[] { (byte)value, (byte)(value >> 8) }, 0, 2);
        }
        File.SetLastWriteTimeUtc(temporary, stamp);
        File.Delete(path); // the task compiles against netstandard2.0, which has no File.Move(…, overwrite)
        File.Move(temporary, path);
    }

    private static ushort ReadU16(byte[] b, long o) => (ushort)(b[o] | b[o + 1] << 8);

    private static uint ReadU32(byte[] b, long o) => (uint)(ReadU16(b, o) | ReadU16(b, o + 2) << 16);

    private static ulong ReadU64(byte[] b, long o) => ReadU32(b, o) | (ulong)ReadU32(b, o + 4) << 32;
}
