using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Tagging.Scoring;

/// <summary>
/// Scores a tagged CoNLL-U file against the gold one. The files must hold the same sentences with the same words (forms)
/// in the same order; the first difference is an error naming the tested file's line and the gold line. A gold word without
/// a whole label (UPOS <c>_</c>, or MISC <c>Labelled=Upos</c> as projection writes) is an error naming its line: gold must be complete.
/// </summary>
public static class TaggingScorer
{
    /// <summary>Scores <paramref name="test"/> against <paramref name="gold"/>.</summary>
    /// <exception cref="LangExpandException">The files do not align word for word, or hold no word.</exception>
    public static TaggingScore Score(string gold, string test)
    {
        var (expected, found) = (ConlluReader.Read(gold).ToList(), ConlluReader.Read(test).ToList());
        var (words, upos, feats) = (0, 0, 0);
        for (var s = 0; s < Math.Max(expected.Count, found.Count); s++)
        {
            if (s >= expected.Count || s >= found.Count)
            {
                throw s < found.Count
                    ? Misaligned(test, found[s].LineNumber, $"{found.Count} sentences where {gold} has {expected.Count}", "as many sentences as the gold file")
                    : Misaligned(test, found.Count == 0 ? 0 : LastLine(found[^1]),
                        $"{found.Count} sentences where {gold} has {expected.Count} (the first missing one is at {gold}:{expected[s].LineNumber})", "as many sentences as the gold file");
            }
            foreach (var (goldWord, testWord) in Align(gold, expected[s], test, found[s]))
            {
                words++;
                upos += goldWord.Upos == testWord.Upos ? 1 : 0;
                feats += goldWord.Feats == testWord.Feats ? 1 : 0;
            }
        }
        return words > 0 ? new TaggingScore(words, upos, feats)
            : throw new LangExpandException(ErrorCode.NotEnoughData, "the gold file holds no word to score", new SourceLocation(gold, 0), "at least one sentence");
    }

    private static IEnumerable<(ConlluLine Gold, ConlluLine Test)> Align(string goldPath, ConlluSentence gold, string testPath, ConlluSentence test)
    {
        var (expected, found) = (WordLines(gold), WordLines(test));
        if (expected.Count != found.Count)
        {
            throw Misaligned(testPath, test.LineNumber, $"the sentence has {found.Count} words where {goldPath}:{gold.LineNumber} has {expected.Count}", "the gold sentence's words");
        }
        foreach (var ((goldWord, goldLine), (testWord, testLine)) in expected.Zip(found))
        {
            if (goldWord.Upos == "_" || goldWord.Misc.Split('|').Contains(MorphoLabel.UposOnly))
            {
                throw new LangExpandException(ErrorCode.MalformedLine, "the gold word has no whole label (UPOS _ or FEATS unknown)", new SourceLocation(goldPath, goldLine),
                    "gold with the UPOS and FEATS of every word");
            }
            if (goldWord.Form != testWord.Form)
            {
                throw Misaligned(testPath, testLine, $"word '{testWord.Form}' where {goldPath}:{goldLine} has '{goldWord.Form}'", "the gold file's words in order");
            }
            yield return (goldWord, testWord);
        }
    }

    /// <summary>The words of <paramref name="sentence"/> with their line numbers.</summary>
    private static List<(ConlluLine Word, int Line)> WordLines(ConlluSentence sentence) =>
        sentence.Lines.Select((line, i) => (line, Line: sentence.LineNumber + sentence.Comments.Count + i)).Where(w => w.line.Kind == ConlluLineKind.Word).ToList();

    /// <summary>The line number of <paramref name="sentence"/>'s last line (its comments come first, then its token lines).</summary>
    private static int LastLine(ConlluSentence sentence) => sentence.LineNumber + sentence.Comments.Count + sentence.Lines.Count - 1;

    private static LangExpandException Misaligned(string path, int line, string problem, string expected) =>
        new(ErrorCode.MalformedLine, $"does not align with the gold file: {problem}", new SourceLocation(path, line), expected);
}
