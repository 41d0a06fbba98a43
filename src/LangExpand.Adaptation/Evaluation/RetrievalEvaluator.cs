using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Verses;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Cross-lingual retrieval (Pires et al. 2019): verses of two Bibles matched by verse id, at most <c>maxPairs</c> of them
/// evenly spaced over the shared ids; each source verse's mean-pooled vector retrieves by cosine the nearest target verse,
/// and top-1 is the share that retrieve their own translation.
/// </summary>
public static class RetrievalEvaluator
{
    /// <summary>The retrieval top-1 accuracy and the number of pairs.</summary>
    public static (double TopOne, int Pairs) TopOne(EncoderModel encoder, ISubwordTokenizer tokenizer, string sourceTsv, string targetTsv, Device device, int maxPairs = 1000)
    {
        var (sources, targets) = Pairs(sourceTsv, targetTsv, maxPairs);
        using var scope = NewDisposeScope();
        var sourceVectors = nn.functional.normalize(SentenceEmbedder.MeanPooled(encoder, tokenizer, sources, device), dim: 1);
        var targetVectors = nn.functional.normalize(SentenceEmbedder.MeanPooled(encoder, tokenizer, targets, device), dim: 1);
        var best = sourceVectors.matmul(targetVectors.t()).argmax(1);
        var correct = best.eq(arange(sources.Count, dtype: ScalarType.Int64)).sum().item<long>();
        return ((double)correct / sources.Count, sources.Count);
    }

    /// <summary>The texts of up to <paramref name="maxPairs"/> verses both files have, evenly spaced, in source order.</summary>
    public static (IReadOnlyList<string> Sources, IReadOnlyList<string> Targets) Pairs(string sourceTsv, string targetTsv, int maxPairs)
    {
        var target = VerseTsvReader.Read(targetTsv).Verses.GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var shared = VerseTsvReader.Read(sourceTsv).Verses.Where(v => target.ContainsKey(v.Id) && v.Text.Length > 0 && target[v.Id].Length > 0)
            .DistinctBy(v => v.Id).ToList();
        if (shared.Count < 2)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{sourceTsv} and {targetTsv} share {shared.Count} verse ids", expected: "at least two shared verses");
        }
        var count = Math.Min(maxPairs, shared.Count);
        var picked = Enumerable.Range(0, count).Select(i => shared[(int)((long)i * shared.Count / count)]).ToList();
        return (picked.Select(v => v.Text).ToList(), picked.Select(v => target[v.Id]).ToList());
    }
}
