using LangExpand.Core.Inflection;

namespace LangExpand.Morphology;

/// <summary>An <see cref="IInflector"/> that is faster on many inputs at once (such as a neural model decoding in batches).</summary>
public interface IBatchInflector : IInflector
{
    /// <summary>The inflected form of each triple's lemma for its features, in input order (forms in the input are ignored).</summary>
    IReadOnlyList<string> InflectAll(IReadOnlyList<InflectionTriple> inputs);
}
