using System.Globalization;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// The Pharaoh alignment format of Moses and fast_align: one line per sentence pair, links <c>i-j</c> (source position,
/// target position, 0-based) separated by spaces; an empty line is a pair without links. Gold files use 1-based positions and
/// mark possible (not sure) links as <c>ipj</c>.
/// </summary>
public static class PharaohFormat
{
    /// <summary>Reads the alignments of the file at <paramref name="path"/>; <paramref name="oneBased"/> for 1-based positions.</summary>
    public static IReadOnlyList<WordAlignment> Read(string path, bool oneBased = false) => Read(StrictTextReader.ReadLines(path), path, oneBased);

    /// <summary>Reads the alignments of <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<WordAlignment> Read(Stream stream, string name, bool oneBased = false) =>
        Read(StrictTextReader.ReadLines(stream, name), name, oneBased);

    /// <summary>Writes one line per alignment to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, IEnumerable<WordAlignment> alignments) => AtomicFile.WriteText(path, writer => Write(writer, alignments));

    /// <summary>Writes one line per alignment (LF line ends).</summary>
    public static void Write(TextWriter writer, IEnumerable<WordAlignment> alignments)
    {
        foreach (var alignment in alignments)
        {
            writer.Write(alignment.ToString());
            writer.Write('\n');
        }
    }

    private static List<WordAlignment> Read(IEnumerable<TextLine> lines, string name, bool oneBased) =>
        [.. lines.Select(line => new WordAlignment(ParseLine(line, name, oneBased, allowPossible: false).Select(link => link.Link)))];

    /// <summary>The links of one line; a possible link (<c>ipj</c>) is an error unless <paramref name="allowPossible"/>.</summary>
    internal static IEnumerable<(AlignmentLink Link, bool Possible)> ParseLine(TextLine line, string name, bool oneBased, bool allowPossible)
    {
        var links = new List<(AlignmentLink, bool)>();
        foreach (var token in line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = token.IndexOfAny(allowPossible ? ['-', 'p'] : ['-']);
            if (separator <= 0 || !TryPosition(token[..separator], oneBased, out var source) || !TryPosition(token[(separator + 1)..], oneBased, out var target))
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"'{token}' is not an alignment link", new SourceLocation(name, line.Number),
                    $"{(oneBased ? "1-based" : "0-based")} links i-j{(allowPossible ? " or ipj" : "")} separated by spaces");
            }
            links.Add((new AlignmentLink(source, target), token[separator] == 'p'));
        }
        return links;
    }

    private static bool TryPosition(string text, bool oneBased, out int position)
    {
        var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out position);
        position -= oneBased ? 1 : 0;
        return ok && position >= 0;
    }
}
