using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Parallel.Text;

/// <summary>
/// Reads parallel text with both sides on one line: <c>source ||| target</c> (fast_align's input, <see cref="ParallelFormat.Pipes"/>)
/// or <c>source&lt;TAB&gt;target</c> (<see cref="ParallelFormat.Tsv"/>). Pipes sides are trimmed of the spaces around the
/// separator; TSV sides are kept exactly. A line with no separator or more than one is an error with file:line.
/// </summary>
public static class LinePairReader
{
    private const string Pipes = "|||";

    /// <summary>Reads the file at <paramref name="path"/> in <paramref name="format"/> (pipes or TSV).</summary>
    public static IReadOnlyList<SentencePair> Read(string path, ParallelFormat format) => Read(StrictTextReader.ReadLines(path), path, format);

    /// <summary>Reads <paramref name="stream"/> in <paramref name="format"/>; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<SentencePair> Read(Stream stream, string name, ParallelFormat format) =>
        Read(StrictTextReader.ReadLines(stream, name), name, format);

    private static List<SentencePair> Read(IEnumerable<TextLine> lines, string name, ParallelFormat format)
    {
        var separator = format switch
        {
            ParallelFormat.Pipes => Pipes,
            ParallelFormat.Tsv => "\t",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only pipes and tsv have both sides on one line"),
        };
        return [.. lines.Select(line => Split(line, name, separator))];
    }

    private static SentencePair Split(TextLine line, string name, string separator)
    {
        var at = line.Text.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0 || line.Text.IndexOf(separator, at + separator.Length, StringComparison.Ordinal) >= 0)
        {
            var (what, expected) = separator == Pipes ? ("' ||| '", "source ||| target") : ("tab", "source<TAB>target");
            throw new LangExpandException(ErrorCode.MalformedLine, at < 0 ? $"no {what}" : $"more than one {what}",
                new SourceLocation(name, line.Number), expected);
        }
        var (source, target) = (line.Text[..at], line.Text[(at + separator.Length)..]);
        return separator == Pipes ? new SentencePair(source.Trim(), target.Trim()) : new SentencePair(source, target);
    }
}
