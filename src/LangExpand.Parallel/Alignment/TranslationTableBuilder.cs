namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Builds the empty <see cref="TranslationTable"/> of a direction: one hash row per given word, holding every word that
/// occurs in a sentence pair with it. Rows are sized for a load of at most 3/4 and filled in corpus order, so the layout is
/// the same on every run. Work is linear in the number of (given token, generated token) cells; memory linear in the corpus.
/// </summary>
internal static class TranslationTableBuilder
{
    public static TranslationTable Build(DirectionView view)
    {
        var (postings, postingStart) = SentencesOfEachWord(view);
        var givenCount = view.Given.Vocabulary.Count;
        var seen = new int[view.Generated.Vocabulary.Count];
        var rowStart = new int[givenCount + 1];
        for (var given = 0; given < givenCount; given++)
        {
            var distinct = ForEachCooccurring(view, given, postings, postingStart, seen, visit: null);
            rowStart[given + 1] = checked(rowStart[given] + Capacity(distinct));
        }
        var keys = new int[rowStart[givenCount]];
        Array.Fill(keys, -1);
        Array.Fill(seen, 0);
        for (var given = 0; given < givenCount; given++)
        {
            var start = rowStart[given];
            var capacity = rowStart[given + 1] - start;
            ForEachCooccurring(view, given, postings, postingStart, seen, word => Insert(keys, start, capacity, word));
        }
        return new TranslationTable(rowStart, keys, view.Generated.Vocabulary.Count);
    }

    private static int Capacity(int count) => count == 0 ? 0 : count + count / 3 + 1;

    private static void Insert(int[] keys, int start, int capacity, int word)
    {
        var slot = start + TranslationTable.Bucket(word, capacity);
        while (keys[slot] != -1)
        {
            slot = slot + 1 == start + capacity ? start : slot + 1;
        }
        keys[slot] = word;
    }

    /// <summary>Calls <paramref name="visit"/> once for each distinct word co-occurring with <paramref name="given"/>; returns how many.</summary>
    private static int ForEachCooccurring(DirectionView view, int given, int[] postings, int[] postingStart, int[] seen, Action<int>? visit)
    {
        var stamp = given + 1;
        var distinct = 0;
        for (var p = postingStart[given]; p < postingStart[given + 1]; p++)
        {
            foreach (var word in view.Generated.Sentence(postings[p]))
            {
                if (seen[word] != stamp)
                {
                    seen[word] = stamp;
                    distinct++;
                    visit?.Invoke(word);
                }
            }
        }
        return distinct;
    }

    /// <summary>For every given word, the sentence pairs it occurs in (each once), as a flat inverted index.</summary>
    private static (int[] Postings, int[] Start) SentencesOfEachWord(DirectionView view)
    {
        var words = view.Given.Vocabulary.Count;
        var start = new int[words + 1];
        VisitFirstOccurrences(view, (word, _) => start[word + 1]++);
        for (var w = 0; w < words; w++)
        {
            start[w + 1] += start[w];
        }
        var postings = new int[start[^1]];
        var fill = start[..^1];
        VisitFirstOccurrences(view, (word, k) => postings[fill[word]++] = k);
        return (postings, start);
    }

    /// <summary>Calls <paramref name="visit"/>(word, pair) for the first occurrence of each given word in each pair whose other side is not empty.</summary>
    private static void VisitFirstOccurrences(DirectionView view, Action<int, int> visit)
    {
        var last = new int[view.Given.Vocabulary.Count];
        Array.Fill(last, -1);
        for (var k = 0; k < view.Given.Count; k++)
        {
            if (view.Generated.Length(k) == 0)
            {
                continue;
            }
            foreach (var word in view.Given.Sentence(k))
            {
                if (last[word] != k)
                {
                    last[word] = k;
                    visit(word, k);
                }
            }
        }
    }
}
