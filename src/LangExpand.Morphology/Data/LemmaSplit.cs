using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Data;

/// <summary>Options of <see cref="LemmaSplit.Split"/>.</summary>
/// <param name="Seed">Decides which lemmas go where and which examples are sampled; the same seed gives the same split.</param>
/// <param name="MaxLemmas">Use at most this many lemmas (chosen by the seed), or all when null.</param>
/// <param name="MaxTrainExamples">Sample at most this many training examples, and a tenth as many for dev and for test
/// (SIGMORPHON 2023 has 10,000 / 1,000 / 1,000).</param>
public sealed record SplitOptions(int Seed = 1, int? MaxLemmas = null, int MaxTrainExamples = 10_000)
{
    /// <summary>The cap on dev and on test examples: a tenth of <see cref="MaxTrainExamples"/>, at least 1.</summary>
    public int MaxHeldOutExamples => Math.Max(1, MaxTrainExamples / 10);
}

/// <summary>Training, development and test examples that share no lemma.</summary>
/// <param name="Train">About 80% of the lemmas.</param>
/// <param name="Dev">About 10% of the lemmas.</param>
/// <param name="Test">About 10% of the lemmas.</param>
public sealed record InflectionSplit(IReadOnlyList<InflectionTriple> Train, IReadOnlyList<InflectionTriple> Dev, IReadOnlyList<InflectionTriple> Test);

/// <summary>
/// Splits inflection examples by lemma, so that every lemma of dev and test is unseen in training (the SIGMORPHON 2022–2023
/// setting). Everything follows from a hash of the seed and the lemma (SHA-256, so it is the same on every machine and
/// .NET version): the lemmas kept under <see cref="SplitOptions.MaxLemmas"/> are those with the smallest hashes, a lemma's
/// split is its hash modulo 10 (0 test, 1 dev, else train), and each split samples its examples by the hash of lemma and
/// features and lists them in that order.
/// </summary>
public static class LemmaSplit
{
    /// <summary>Splits <paramref name="triples"/> as <paramref name="options"/> say.</summary>
    public static InflectionSplit Split(IReadOnlyList<InflectionTriple> triples, SplitOptions options)
    {
        var lemmas = triples.Select(t => t.Lemma).Distinct(StringComparer.Ordinal)
            .Select(lemma => (Lemma: lemma, Hash: Hash(options.Seed, lemma)))
            .OrderBy(l => l.Hash).ThenBy(l => l.Lemma, StringComparer.Ordinal)
            .Take(options.MaxLemmas ?? int.MaxValue)
            .ToDictionary(l => l.Lemma, l => l.Hash % 10, StringComparer.Ordinal);
        return new InflectionSplit(
            Sample(triples, lemmas, bucket => bucket >= 2, options.Seed, options.MaxTrainExamples),
            Sample(triples, lemmas, bucket => bucket == 1, options.Seed, options.MaxHeldOutExamples),
            Sample(triples, lemmas, bucket => bucket == 0, options.Seed, options.MaxHeldOutExamples));
    }

    private static List<InflectionTriple> Sample(IReadOnlyList<InflectionTriple> triples, Dictionary<string, ulong> buckets, Func<ulong, bool> inSplit,
        int seed, int cap) =>
        triples.Where(t => buckets.TryGetValue(t.Lemma, out var bucket) && inSplit(bucket))
            .Select(t => (Triple: t, Key: $"{t.Lemma}\t{t.Features}"))
            .OrderBy(t => Hash(seed, t.Key)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(cap)
            .Select(t => t.Triple)
            .ToList();

    private static ulong Hash(int seed, string text) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{text}")));
}
