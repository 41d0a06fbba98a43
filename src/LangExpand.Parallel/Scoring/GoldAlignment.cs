using LangExpand.Core.IO;
using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Scoring;

/// <summary>The gold alignment of one sentence pair: sure links S and possible links P, with S ⊆ P.</summary>
/// <param name="Sure">Links the annotators agree on (<c>i-j</c>).</param>
/// <param name="Possible">Sure links plus those marked possible (<c>ipj</c>).</param>
public sealed record GoldAlignment(WordAlignment Sure, WordAlignment Possible)
{
    /// <summary>
    /// Reads a gold file (one line per pair; links <c>i-j</c> sure and <c>ipj</c> possible, 1-based unless
    /// <paramref name="oneBased"/> is false) from <paramref name="path"/>.
    /// </summary>
    public static IReadOnlyList<GoldAlignment> Read(string path, bool oneBased = true) => Read(StrictTextReader.ReadLines(path), path, oneBased);

    /// <summary>Reads a gold file from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<GoldAlignment> Read(Stream stream, string name, bool oneBased = true) =>
        Read(StrictTextReader.ReadLines(stream, name), name, oneBased);

    private static List<GoldAlignment> Read(IEnumerable<TextLine> lines, string name, bool oneBased) =>
    [
        .. lines.Select(line =>
        {
            var links = PharaohFormat.ParseLine(line, name, oneBased, allowPossible: true).ToList();
            return new GoldAlignment(new WordAlignment(links.Where(l => !l.Possible).Select(l => l.Link)), new WordAlignment(links.Select(l => l.Link)));
        }),
    ];
}
