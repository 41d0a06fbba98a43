using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Verses;

namespace LangExpand.Parallel.Text;

/// <summary>Reads parallel text in any <see cref="ParallelFormat"/> into sentence pairs, detecting the format when not given.</summary>
public static class ParallelTextReader
{
    /// <summary>
    /// Reads the file(s) at <paramref name="paths"/>: two for verse TSV, CES and Moses, one for TSV, pipes and TMX. The
    /// languages are required for TMX (they choose the variants) and, for Bibles, checked against the headers.
    /// </summary>
    public static ParallelInput Read(IReadOnlyList<string> paths, ParallelFormat? format = null, LanguageCode? source = null, LanguageCode? target = null)
    {
        RequireFileCount(paths, format);
        var chosen = format ?? ParallelFormatDetector.Detect(paths);
        RequireFileCount(paths, chosen);
        return chosen switch
        {
            ParallelFormat.VerseTsv => FromBibles(chosen, () => VerseTsvReader.Read(paths[0], source), () => VerseTsvReader.Read(paths[1], target)),
            ParallelFormat.Ces => FromBibles(chosen, () => CesBibleReader.Read(paths[0], source), () => CesBibleReader.Read(paths[1], target)),
            ParallelFormat.Moses => new ParallelInput(MosesReader.Read(paths[0], paths[1]), chosen, []),
            ParallelFormat.Tmx => FromTmx(paths[0], source, target),
            _ => new ParallelInput(LinePairReader.Read(paths[0], chosen), chosen, []),
        };
    }

    /// <summary>Fails unless there are as many paths as <paramref name="format"/> takes (one or two when it is not known yet).</summary>
    internal static void RequireFileCount(IReadOnlyList<string> paths, ParallelFormat? format)
    {
        var ok = format is { } known ? paths.Count == ParallelFormatNames.FileCount(known) : paths.Count is 1 or 2;
        if (!ok)
        {
            var wanted = format is { } f ? $"{ParallelFormatNames.FileCount(f)} for {ParallelFormatNames.Name(f)}" : "1 or 2";
            throw new LangExpandException(ErrorCode.InvalidOption, $"{paths.Count} parallel text file(s) given", expected: wanted);
        }
    }

    private static ParallelInput FromBibles(ParallelFormat format, Func<Bible> readSource, Func<Bible> readTarget)
    {
        var (source, target) = Concurrently.Run(readSource, readTarget);
        var alignment = VerseAligner.Align(source, target);
        var notes = source.Report.Lines(source.Source).Concat(target.Report.Lines(target.Source)).Concat(alignment.Report.Lines());
        return new ParallelInput(alignment.Pairs, format, [.. notes]) { Verses = alignment.Report };
    }

    private static ParallelInput FromTmx(string path, LanguageCode? source, LanguageCode? target)
    {
        if (source is null || target is null)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "TMX needs the source and target languages", expected: "--src-lang and --tgt-lang");
        }
        var content = TmxReader.Read(path, source, target);
        var notes = content.Skipped == 0 ? [] : new[] { $"{path}: {content.Skipped} of {content.Units} translation units lack {source.Iso639_3} or {target.Iso639_3}" };
        return new ParallelInput(content.Pairs, ParallelFormat.Tmx, notes);
    }
}

/// <summary>Sentence pairs read from parallel text, with what the readers noticed.</summary>
/// <param name="Pairs">The pairs in order (Bibles: in the source Bible's verse order, with verse ids).</param>
/// <param name="Format">The format read.</param>
/// <param name="Notes">Lines for people: read reports, the verse-matching report, skipped units.</param>
public sealed record ParallelInput(IReadOnlyList<SentencePair> Pairs, ParallelFormat Format, IReadOnlyList<string> Notes)
{
    /// <summary>For Bibles, what verse matching found; otherwise null.</summary>
    public VerseMatchReport? Verses { get; init; }
}
