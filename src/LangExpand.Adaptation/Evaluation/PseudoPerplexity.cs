using LangExpand.Adaptation.Modeling;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Pseudo-perplexity (Salazar et al. 2020) of a masked language model on held-out text: every subword of a sentence
/// (special tokens aside) is masked in turn and scored given the rest; the result is exp of the mean negative
/// log-likelihood over all scored subwords. Lower is better. Comparable only between models with the same tokenizer.
/// </summary>
public static class PseudoPerplexity
{
    /// <summary>The pseudo-perplexity over the first <paramref name="maxSentences"/> of <paramref name="sentences"/>, or null when no subword was scored.</summary>
    public static double? Compute(MaskedLanguageModel model, ISubwordTokenizer tokenizer, IReadOnlyList<string> sentences, Device device, int maxSentences = 100)
    {
        using var noGrad = no_grad();
        var (negativeLogLikelihood, scored) = (0.0, 0L);
        foreach (var sentence in sentences.Take(maxSentences))
        {
            var ids = SentenceEmbedder.Truncate(tokenizer.Encode(sentence), model.Config.MaxSequenceLength, tokenizer.Special.Sep);
            var positions = Enumerable.Range(0, ids.Count).Where(i => !tokenizer.Special.Contains(ids[i])).ToArray();
            if (positions.Length == 0)
            {
                continue;
            }
            using var scope = NewDisposeScope();
            var original = tensor(ids.Select(i => (long)i).ToArray()).to(device);
            var rows = tensor(positions.Select(p => (long)p).ToArray()).to(device);
            var copies = original.unsqueeze(0).repeat(positions.Length, 1);
            var masked = zeros_like(copies, ScalarType.Bool);
            masked.index_put_(true, arange(positions.Length, device: device), rows);
            copies.masked_fill_(masked, tokenizer.Special.Mask);
            var logProbabilities = nn.functional.log_softmax(model.MaskedLogits(copies, null, masked), 1);
            var gold = original.index_select(0, rows).unsqueeze(1);
            negativeLogLikelihood -= logProbabilities.gather(1, gold).sum().to(ScalarType.Float64).item<double>();
            scored += positions.Length;
        }
        return scored == 0 ? null : Math.Exp(negativeLogLikelihood / scored);
    }
}
