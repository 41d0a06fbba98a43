using LangExpand.Adaptation.Modeling;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>Sentence vectors: the mean of the last hidden states over a sentence's tokens (special tokens included, padding not).</summary>
public static class SentenceEmbedder
{
    /// <summary>The vectors of <paramref name="sentences"/> (<c>[n, hidden]</c>, on the CPU), computed in batches of <paramref name="batchSize"/>.</summary>
    public static Tensor MeanPooled(EncoderModel encoder, ISubwordTokenizer tokenizer, IReadOnlyList<string> sentences, Device device, int batchSize = 32)
    {
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        for (var start = 0; start < sentences.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var (ids, mask) = Encode(sentences.Skip(start).Take(batchSize), tokenizer, encoder.Config.MaxSequenceLength, device);
            var hidden = encoder.Forward(ids, mask);
            var weights = mask.unsqueeze(-1).to(hidden.dtype);
            var pooled = (hidden * weights).sum(1) / weights.sum(1);
            parts.Add(pooled.cpu().MoveToOuterDisposeScope());
        }
        var all = cat(parts, 0);
        parts.ForEach(p => p.Dispose());
        return all;
    }

    /// <summary>The padded ids (each with special tokens, cut to <paramref name="maxLength"/>) and mask of <paramref name="sentences"/>.</summary>
    internal static (Tensor Ids, Tensor Mask) Encode(IEnumerable<string> sentences, ISubwordTokenizer tokenizer, int maxLength, Device device) =>
        Pad(sentences.Select(s => Truncate(tokenizer.Encode(s), maxLength, tokenizer.Special.Sep)).ToList(), tokenizer.Special.Pad, device);

    /// <summary>Ids cut to <paramref name="maxLength"/>, ending with <paramref name="sep"/> when cut.</summary>
    internal static IReadOnlyList<int> Truncate(IReadOnlyList<int> ids, int maxLength, int sep) =>
        ids.Count <= maxLength ? ids : [.. ids.Take(maxLength - 1), sep];

    /// <summary>A padded id matrix and its mask (true for real tokens).</summary>
    internal static (Tensor Ids, Tensor Mask) Pad(IReadOnlyList<IReadOnlyList<int>> rows, int pad, Device device)
    {
        var length = rows.Max(r => r.Count);
        var ids = new long[rows.Count * length];
        Array.Fill(ids, pad);
        var mask = new bool[ids.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var t = 0; t < rows[r].Count; t++)
            {
                ids[r * length + t] = rows[r][t];
                mask[r * length + t] = true;
            }
        }
        return (tensor(ids, [rows.Count, length]).to(device), tensor(mask, [rows.Count, length]).to(device));
    }
}
