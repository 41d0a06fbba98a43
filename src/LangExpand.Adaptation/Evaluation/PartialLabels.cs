using LangExpand.Core.Annotated;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Training on partial labels (<see cref="MorphoLabel.IsPartial"/>: a projected word whose UPOS alone is known, a word with
/// no label): each word's loss is the negative log of the probability mass on the labels it allows, which for a whole label
/// is the cross-entropy. Words that allow every label or none add nothing and do not count in the mean.
/// </summary>
internal static class PartialLabels
{
    /// <summary>
    /// The [words, labels] mask of the labels each kept word of <paramref name="sentences"/> allows, or null when every
    /// label is whole (plain cross-entropy then applies).
    /// </summary>
    public static Tensor? Allowed(IReadOnlyList<TaggedSentence> sentences, IReadOnlyList<List<int>> kept, IReadOnlyList<string> labels, Device device)
    {
        var words = sentences.SelectMany((sentence, s) => kept[s].Select(w => sentence.Tokens[w].Label)).ToList();
        if (!words.Any(MorphoLabel.IsPartial))
        {
            return null;
        }
        var rows = words.Distinct(StringComparer.Ordinal).ToDictionary(label => label, label => labels.Select(l => MorphoLabel.Allows(label, l)).ToArray(), StringComparer.Ordinal);
        var mask = new bool[words.Count * labels.Count];
        foreach (var (word, label) in words.Index())
        {
            rows[label].CopyTo(mask, word * labels.Count);
        }
        return tensor(mask, [words.Count, labels.Count]).to(device);
    }

    /// <summary>The mean over constrained words of −log Σ_{allowed} softmax(<paramref name="logits"/>).</summary>
    public static Tensor Loss(Tensor logits, Tensor allowed)
    {
        using var scope = NewDisposeScope();
        var all = logits.logsumexp(1);
        var kept = logits.masked_fill(allowed.logical_not(), -1e9f).logsumexp(1);
        var allowedCount = allowed.sum(1);
        var constrained = allowedCount.gt(0).logical_and(allowedCount.lt(allowed.shape[1])).to(logits.dtype);
        var loss = ((all - kept) * constrained).sum() / constrained.sum().clamp_min(1);
        return loss.MoveToOuterDisposeScope();
    }
}
