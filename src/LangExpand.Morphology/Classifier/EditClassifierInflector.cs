using LangExpand.Core.Features;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The edit-script classifier as an <see cref="IInflector"/>: scores the candidate edit trees of the input with a linear
/// model over hashed lemma and feature-bundle features (see <see cref="LemmaFeatures"/>) and applies the best-scoring one
/// that applies to the lemma. Candidates are the trees seen with the input's feature bundle; when none of them applies (or
/// the bundle is new), those seen with its part of speech; then all trees; when no tree applies, the lemma is copied.
/// Train it with <see cref="EditClassifierTrainer"/>; save and load it with <see cref="EditClassifierSerialization"/>.
/// </summary>
public sealed class EditClassifierInflector : IInflector
{
    private readonly TreeParts _parts;

    internal EditClassifierInflector(IReadOnlyList<EditTree> trees, CandidateIndex candidates, float[] weights, EditClassifierOptions options)
    {
        Trees = trees;
        _parts = new TreeParts(trees);
        Candidates = candidates;
        Weights = weights;
        Options = options;
    }

    /// <summary>The classes: every distinct edit tree of the training data, in first-seen order.</summary>
    public IReadOnlyList<EditTree> Trees { get; }

    /// <summary>The hyper-parameters the model was trained with (feature extraction depends on them).</summary>
    public EditClassifierOptions Options { get; }

    /// <summary>The candidate trees of each feature bundle.</summary>
    internal CandidateIndex Candidates { get; }

    /// <summary>Averaged weights of hashed feature × tree part pairs (see <see cref="WeightTable"/> and <see cref="TreeParts"/>).</summary>
    internal float[] Weights { get; }

    /// <inheritdoc />
    public string Inflect(string lemma, FeatureBundle features) => Choose(lemma, features)?.Apply(lemma) ?? lemma;

    /// <summary>The edit tree the model picks for the input, or null when no tree of the model applies to the lemma.</summary>
    public EditTree? Choose(string lemma, FeatureBundle features)
    {
        var keys = new List<ulong>();
        LemmaFeatures.Extract(lemma, features, Options, keys);
        var active = keys.ToArray();
        foreach (var candidates in Candidates.For(features))
        {
            var best = _parts.Candidates(candidates, lemma).Best(Weights, active, Options.HashBits);
            if (best >= 0)
            {
                return Trees[best];
            }
        }
        return null;
    }
}
