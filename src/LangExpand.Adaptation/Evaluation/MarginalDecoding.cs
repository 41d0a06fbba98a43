using LangExpand.Core.Annotated;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Decoding of joint UPOS|FEATS labels in two steps, as UD scores them apart: the UPOS with the most probability summed
/// over its labels, then that UPOS's most probable label. A word whose mass is spread over many feature bundles of one
/// part of speech (the usual case after training on UPOS-only projected labels) keeps that part of speech, where the
/// single most probable joint label might belong to another.
/// </summary>
internal static class MarginalDecoding
{
    /// <summary>The [labels, UPOS] matrix with a 1 where the label has that UPOS (UPOS in first-seen order).</summary>
    public static Tensor UposGroups(IReadOnlyList<string> labels, Device device)
    {
        var upos = labels.Select(l => MorphoLabel.Split(l).Upos).Distinct(StringComparer.Ordinal).ToList();
        var groups = new float[labels.Count * upos.Count];
        foreach (var (l, label) in labels.Index())
        {
            groups[l * upos.Count + upos.IndexOf(MorphoLabel.Split(label).Upos)] = 1;
        }
        return tensor(groups, [labels.Count, upos.Count]).to(device);
    }

    /// <summary>The label id chosen for each row of <paramref name="logits"/> [words, labels].</summary>
    public static Tensor Best(Tensor logits, Tensor groups)
    {
        using var scope = NewDisposeScope();
        var probabilities = logits.softmax(1);
        var upos = probabilities.matmul(groups).argmax(1);
        var inUpos = groups.index_select(1, upos).t().gt(0);
        return logits.masked_fill(inUpos.logical_not(), float.NegativeInfinity).argmax(1).MoveToOuterDisposeScope();
    }
}
