using LangExpand.Core.IO;
using LangExpand.Parallel.Verses;

namespace LangExpand.Adaptation.Corpus;

/// <summary>
/// Reads training or evaluation text: a verse TSV (<c>b.BOOK.C.V&lt;TAB&gt;text</c>, as in <c>bible-nt-tsv</c> and
/// <c>bibles-full</c>), a CES XML Bible (<c>.xml</c>), or plain text with one sentence per line (empty lines and verses skipped).
/// </summary>
public static class TextCorpus
{
    /// <summary>The sentences of <paramref name="path"/>.</summary>
    public static IEnumerable<string> ReadLines(string path) =>
        IsBible(path) ? VerseFile.Read(path).Verses.Select(v => v.Text).Where(t => t.Length > 0) : StrictTextReader.ReadLines(path).Select(l => l.Text.Trim()).Where(t => t.Length > 0);

    /// <summary>
    /// The sentences of every file of <paramref name="paths"/>, in order, leaving out the last <paramref name="heldOutLast"/>
    /// sentences (verses) of each file, which evaluation can then use as unseen text (<see cref="Evaluation.RetrievalEvaluator"/>).
    /// With <paramref name="parallelSource"/> (a source-language Bible) each Bible among <paramref name="paths"/> is read as
    /// <see cref="VersePairs.TranslationLines"/>: every verse after its translation.
    /// </summary>
    public static IReadOnlyList<string> ReadAll(IEnumerable<string> paths, int heldOutLast = 0, string? parallelSource = null) =>
        paths.SelectMany(path => parallelSource is not null && IsBible(path)
            ? VersePairs.TranslationLines(parallelSource, path, heldOutLast)
            : ReadLines(path).SkipLast(heldOutLast)).ToList();

    /// <summary>True when <paramref name="path"/> is a Bible with verse ids (CES XML, or a verse TSV).</summary>
    public static bool IsBible(string path)
    {
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var first = StrictTextReader.ReadLines(path).Select(l => l.Text).FirstOrDefault(t => t.Length > 0 && !t.StartsWith('#'));
        return first is not null && VerseTsvReader.LooksLikeVerseLine(first);
    }
}
