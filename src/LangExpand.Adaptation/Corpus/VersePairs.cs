using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Verses;

namespace LangExpand.Adaptation.Corpus;

/// <summary>Training verse pairs of a source Bible and a target Bible, matched by verse id.</summary>
public static class VersePairs
{
    /// <summary>
    /// The training text of <paramref name="targetPath"/> for translation language modelling (Conneau &amp; Lample 2019): its
    /// verses less the last <paramref name="heldOutLast"/>, each preceded by the source verse of the same id when
    /// <paramref name="sourcePath"/> has one, so that a packed training sequence holds a verse next to its translation.
    /// </summary>
    public static IEnumerable<string> TranslationLines(string sourcePath, string targetPath, int heldOutLast = 0)
    {
        var source = SourceVerses(sourcePath);
        foreach (var verse in TrainingVerses(targetPath, heldOutLast))
        {
            if (source.TryGetValue(verse.Id, out var translation))
            {
                yield return translation;
            }
            yield return verse.Text;
        }
    }

    /// <summary>
    /// The target's non-empty verses, less its last <paramref name="heldOutLast"/> (the verses <see cref="TextCorpus.ReadAll"/>
    /// leaves out with the same number), each paired with the source verse of the same id; verses the source lacks are skipped.
    /// </summary>
    public static IReadOnlyList<SentencePair> Training(string sourcePath, string targetPath, int heldOutLast = 0)
    {
        var source = SourceVerses(sourcePath);
        return TrainingVerses(targetPath, heldOutLast).Where(v => source.ContainsKey(v.Id)).Select(v => new SentencePair(source[v.Id], v.Text, v.Id)).ToList();
    }

    /// <summary>
    /// <see cref="Training(string, string, int)"/> for every Bible among <paramref name="targetPaths"/> (plain-text files have
    /// no verse ids and are skipped); at least one of them must be a Bible.
    /// </summary>
    public static IReadOnlyList<SentencePair> Training(string sourcePath, IEnumerable<string> targetPaths, int heldOutLast = 0)
    {
        var bibles = targetPaths.Where(TextCorpus.IsBible).ToList();
        if (bibles.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"no Bible to pair with {sourcePath}",
                expected: "a verse TSV or CES XML Bible among the target texts");
        }
        return [.. bibles.SelectMany(path => Training(sourcePath, path, heldOutLast))];
    }

    private static Dictionary<string, string> SourceVerses(string path) =>
        VerseFile.Read(path).Verses.Where(v => v.Text.Length > 0).DistinctBy(v => v.Id).ToDictionary(v => v.Id, v => v.Text, StringComparer.Ordinal);

    private static IEnumerable<Verse> TrainingVerses(string path, int heldOutLast) =>
        VerseFile.Read(path).Verses.Where(v => v.Text.Length > 0).SkipLast(heldOutLast);
}
