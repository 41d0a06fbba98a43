using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Parallel.Verses;

namespace LangExpand.Parallel.Text;

/// <summary>
/// Decides the format of parallel text from its content when the user did not name it: XML files are TMX (one file) or
/// Bible CES (two, <c>&lt;cesDoc&gt;</c>); two files whose lines mostly start with verse ids are verse TSV, other pairs of
/// files Moses; one file is pipes when its lines hold <c>|||</c>, TSV when they hold one tab (a single verse file is refused:
/// it is one side of a pair). Anything else is refused as ambiguous.
/// </summary>
public static class ParallelFormatDetector
{
    private const int Sample = 20;

    /// <summary>The format of the files at <paramref name="paths"/>.</summary>
    public static ParallelFormat Detect(IReadOnlyList<string> paths)
    {
        ParallelTextReader.RequireFileCount(paths, null);
        var samples = paths.Select(path => (Path: path, Lines: StrictTextReader.ReadLines(path).Take(Sample).Select(l => l.Text).ToList())).ToList();
        if (samples.All(s => s.Lines.FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart().StartsWith('<') == true))
        {
            var root = paths.Count == 2 ? "<cesDoc" : "<tmx";
            if (samples.All(s => s.Lines.Any(l => l.Contains(root, StringComparison.Ordinal))))
            {
                return paths.Count == 2 ? ParallelFormat.Ces : ParallelFormat.Tmx;
            }
            throw Ambiguous(paths, $"XML without {root}>");
        }
        var data = samples.Select(s => s.Lines.Skip(s.Lines.FirstOrDefault()?.StartsWith('#') == true ? 1 : 0).ToList()).ToList();
        if (paths.Count == 2)
        {
            return data.All(VerseTsvReader.LooksLikeVerseFile) ? ParallelFormat.VerseTsv : ParallelFormat.Moses;
        }
        var only = data[0];
        if (VerseTsvReader.LooksLikeVerseFile(only))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{paths[0]} is one Bible (verse TSV); verses are paired across two files",
                expected: "the source Bible and the target Bible, source first");
        }
        if (only.Count > 0 && only.All(l => l.Contains("|||", StringComparison.Ordinal)))
        {
            return ParallelFormat.Pipes;
        }
        if (only.Count > 0 && only.All(l => l.Count(c => c == '\t') == 1))
        {
            return ParallelFormat.Tsv;
        }
        throw Ambiguous(paths, "neither ' ||| ' nor one tab on every line");
    }

    private static LangExpandException Ambiguous(IReadOnlyList<string> paths, string why) =>
        new(ErrorCode.AmbiguousFormat, $"cannot tell the format of {string.Join(" and ", paths)} ({why})",
            expected: $"--format {string.Join("|", ParallelFormatNames.All)}");
}
