using LangExpand.Core.IO;

namespace LangExpand.Lexicons.Formats;

/// <summary>Writes lexicons as <see cref="LexiconTsv"/> files: the header, then one entry a line, LF line ends.</summary>
public static class LexiconTsvWriter
{
    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/> atomically and returns how many were written.</summary>
    /// <remarks>The entries may be read lazily: if reading them fails, the file is left as it was.</remarks>
    public static int Write(IEnumerable<LexiconEntry> entries, string path)
    {
        var count = 0;
        AtomicFile.WriteText(path, writer => count = Write(entries, writer));
        return count;
    }

    /// <summary>Writes <paramref name="entries"/> to <paramref name="writer"/> and returns how many were written.</summary>
    public static int Write(IEnumerable<LexiconEntry> entries, TextWriter writer)
    {
        writer.Write(LexiconTsv.Header);
        writer.Write('\n');
        var count = 0;
        foreach (var entry in entries)
        {
            writer.Write(LexiconTsv.Format(entry));
            writer.Write('\n');
            count++;
        }
        return count;
    }
}
