using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Verses;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Cross-lingual retrieval (Pires et al. 2019): verses of two Bibles (verse TSV or CES XML) matched by verse id — at most
/// <c>maxPairs</c> of them evenly spaced over the shared ids, or, with a held-out tail, the target's last verses that the
/// source also has (the verses <see cref="TextCorpus.ReadAll"/> leaves out of training with the same number); each source verse's mean-pooled vector retrieves by cosine the nearest target verse,
/// and top-1 is the share that retrieve their own translation.
/// </summary>
public static class RetrievalEvaluator
{
    /// <summary>The retrieval top-1 accuracy and the number of pairs.</summary>
    public static (double TopOne, int Pairs) TopOne(EncoderModel encoder, ISubwordTokenizer tokenizer, IReadOnlyList<string> sources, IReadOnlyList<string> targets, Device device)
    {
        using var scope = NewDisposeScope();
        var sourceVectors = nn.functional.normalize(SentenceEmbedder.MeanPooled(encoder, tokenizer, sources, device), dim: 1);
        var targetVectors = nn.functional.normalize(SentenceEmbedder.MeanPooled(encoder, tokenizer, targets, device), dim: 1);
        var best = sourceVectors.matmul(targetVectors.t()).argmax(1);
        var correct = best.eq(arange(sources.Count, dtype: ScalarType.Int64)).sum().item<long>();
        return ((double)correct / sources.Count, sources.Count);
    }

    /// <summary>
    /// The texts of the verse pairs to retrieve: with <paramref name="heldOutLast"/> &gt; 0, those among the target's last
    /// <paramref name="heldOutLast"/> non-empty verses that the source has (in target order); otherwise up to
    /// <paramref name="maxPairs"/> verses both files have, evenly spaced, in source order.
    /// </summary>
    public static (IReadOnlyList<string> Sources, IReadOnlyList<string> Targets) Pairs(string sourcePath, string targetPath, int maxPairs, int heldOutLast = 0)
    {
        var targetVerses = VerseFile.Read(targetPath).Verses.Where(v => v.Text.Length > 0).DistinctBy(v => v.Id).ToList();
        var source = VerseFile.Read(sourcePath).Verses.Where(v => v.Text.Length > 0).DistinctBy(v => v.Id).ToDictionary(v => v.Id, v => v.Text, StringComparer.Ordinal);
        var shared = (heldOutLast > 0 ? targetVerses.TakeLast(heldOutLast) : targetVerses).Where(v => source.ContainsKey(v.Id)).ToList();
        if (shared.Count < 2)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{sourcePath} and {targetPath} share {shared.Count} verse ids", expected: "at least two shared verses");
        }
        var count = heldOutLast > 0 ? shared.Count : Math.Min(maxPairs, shared.Count);
        var picked = Enumerable.Range(0, count).Select(i => shared[(int)((long)i * shared.Count / count)]).ToList();
        return (picked.Select(v => source[v.Id]).ToList(), picked.Select(v => v.Text).ToList());
    }
}
