using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Parallel.Text;

/// <summary>
/// Reads a Moses-style pair of files (<c>corpus.en</c>, <c>corpus.fr</c>): line <c>k</c> of one is the translation of line
/// <c>k</c> of the other. Lines are kept exactly; files of different lengths are an error naming where the shorter one ended.
/// </summary>
public static class MosesReader
{
    /// <summary>Reads the files at <paramref name="sourcePath"/> and <paramref name="targetPath"/>.</summary>
    public static IReadOnlyList<SentencePair> Read(string sourcePath, string targetPath) =>
        Read(StrictTextReader.ReadLines(sourcePath), sourcePath, StrictTextReader.ReadLines(targetPath), targetPath);

    /// <summary>Reads two streams; the names identify them in errors.</summary>
    public static IReadOnlyList<SentencePair> Read(Stream source, string sourceName, Stream target, string targetName) =>
        Read(StrictTextReader.ReadLines(source, sourceName), sourceName, StrictTextReader.ReadLines(target, targetName), targetName);

    private static List<SentencePair> Read(IEnumerable<TextLine> source, string sourceName, IEnumerable<TextLine> target, string targetName)
    {
        var pairs = new List<SentencePair>();
        using var sourceLines = source.GetEnumerator();
        using var targetLines = target.GetEnumerator();
        while (true)
        {
            var (hasSource, hasTarget) = (sourceLines.MoveNext(), targetLines.MoveNext());
            if (hasSource != hasTarget)
            {
                var (shorter, longer) = hasSource ? (targetName, sourceName) : (sourceName, targetName);
                throw new LangExpandException(ErrorCode.MalformedLine, $"{shorter} ends after {pairs.Count} lines but {longer} goes on",
                    new SourceLocation(longer, pairs.Count + 1), "files with the same number of lines");
            }
            if (!hasSource)
            {
                return pairs;
            }
            pairs.Add(new SentencePair(sourceLines.Current.Text, targetLines.Current.Text));
        }
    }
}
