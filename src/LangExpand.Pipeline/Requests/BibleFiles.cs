using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Verses;

namespace LangExpand.Pipeline.Requests;

/// <summary>Recognises Bible files (CES XML, verse TSV) among parallel-text inputs and reads them.</summary>
public static class BibleFiles
{
    private const int Sample = 20;

    /// <summary>
    /// The Bible format of the file at <paramref name="path"/> (from its first lines: a CES XML document, or most lines with a
    /// verse id), or null when it is not a Bible.
    /// </summary>
    public static ParallelFormat? Kind(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var lines = StrictTextReader.ReadLines(path).Take(Sample).Select(l => l.Text).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > 0 && lines[0].TrimStart().StartsWith('<'))
        {
            return lines.Any(l => l.Contains("<cesDoc", StringComparison.Ordinal)) ? ParallelFormat.Ces : null;
        }
        var data = lines.SkipWhile((l, k) => k == 0 && l.StartsWith('#')).ToList();
        return VerseTsvReader.LooksLikeVerseFile(data) ? ParallelFormat.VerseTsv : null;
    }

    /// <summary>Reads the Bible file at <paramref name="path"/> in its format (<see cref="Kind"/>).</summary>
    public static Bible Read(string path, LanguageCode language) => Kind(path) == ParallelFormat.Ces
        ? CesBibleReader.Read(path, language)
        : VerseTsvReader.Read(path, language);
}
