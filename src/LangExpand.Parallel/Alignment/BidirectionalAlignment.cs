using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// The two directional models of a corpus and their Viterbi alignments (both in source-target orientation): what
/// symmetrisation and lexicon induction start from.
/// </summary>
/// <param name="Corpus">The tokenised corpus the models were trained on.</param>
/// <param name="Forward">The <c>p(target | source)</c> model.</param>
/// <param name="Reverse">The <c>p(source | target)</c> model.</param>
/// <param name="ForwardLinks">The forward model's alignment of each pair.</param>
/// <param name="ReverseLinks">The reverse model's alignment of each pair.</param>
public sealed record BidirectionalAlignment(ParallelCorpus Corpus, AlignmentModel Forward, AlignmentModel Reverse,
    IReadOnlyList<WordAlignment> ForwardLinks, IReadOnlyList<WordAlignment> ReverseLinks)
{
    /// <summary>The symmetrised alignment of each pair.</summary>
    public IReadOnlyList<WordAlignment> Symmetrize(SymmetrizationMethod method) =>
        [.. ForwardLinks.Select((forward, k) => Symmetrizer.Combine(forward, ReverseLinks[k], method))];
}
