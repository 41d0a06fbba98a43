using LangExpand.Core.IO;

namespace LangExpand.Parallel.Text;

/// <summary>Writes parallel text in the line formats the readers take (LF line ends, UTF-8, atomically).</summary>
public static class ParallelTextWriter
{
    /// <summary>Writes <paramref name="pairs"/> as <c>source ||| target</c> lines (fast_align's input).</summary>
    public static void WritePipes(string path, IEnumerable<SentencePair> pairs) =>
        AtomicFile.WriteText(path, writer => WriteLines(writer, pairs.Select(p => $"{p.Source} ||| {p.Target}")));

    /// <summary>Writes <paramref name="pairs"/> as <c>source&lt;TAB&gt;target</c> lines.</summary>
    public static void WriteTsv(string path, IEnumerable<SentencePair> pairs) =>
        AtomicFile.WriteText(path, writer => WriteLines(writer, pairs.Select(p => $"{p.Source}\t{p.Target}")));

    /// <summary>Writes <paramref name="pairs"/> as a Moses pair of files, one side each.</summary>
    public static void WriteMoses(string sourcePath, string targetPath, IReadOnlyList<SentencePair> pairs)
    {
        AtomicFile.WriteText(sourcePath, writer => WriteLines(writer, pairs.Select(p => p.Source)));
        AtomicFile.WriteText(targetPath, writer => WriteLines(writer, pairs.Select(p => p.Target)));
    }

    private static void WriteLines(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
