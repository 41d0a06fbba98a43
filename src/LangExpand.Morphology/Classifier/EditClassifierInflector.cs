using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The edit-script classifier as an <see cref="IInflector"/>: scores the candidate edit trees of the input with a linear
/// model over hashed lemma and feature-bundle features (see <see cref="LemmaFeatures"/>) and applies the best-scoring one
/// that applies to the lemma. Candidates are the trees seen with the input's feature bundle (for a new bundle, those of the
/// seen bundles sharing most of its atoms, see <see cref="CandidateIndex"/>); when none of them applies, those seen with its
/// part of speech; then all trees; when no tree applies, the lemma is copied. A
/// bundle never seen in training is first composed by analogy (see <see cref="BundleAnalogies"/>): the lemma's predicted
/// forms for seen bundles that differ from it, and from each other, by the same swap of features vote on its form.
/// A model with paradigm features (<see cref="EditClassifierOptions.UseKnownCells"/>) keeps its training pairs: a known cell
/// is answered with its training form, the lemma's known forms stand in for predicted ones in analogies, the edit
/// trees the lemma takes for its known bundles are features (see <see cref="KnownCells"/>), and its known cells vote for
/// candidate forms (see <see cref="CellAnalogies"/>).
/// Train it with <see cref="EditClassifierTrainer"/>; save and load it with <see cref="EditClassifierSerialization"/>.
/// </summary>
public sealed class EditClassifierInflector : IConfidentInflector
{
    /// <summary>Routes looked at per route that may vote (many give no form: equal forms, or no place for the change).</summary>
    private const int RoutesTried = 4;

    private readonly TreeParts _parts;
    private readonly Lazy<BundleAnalogies> _analogies;

    internal EditClassifierInflector(IReadOnlyList<EditTree> trees, CandidateIndex candidates, float[] weights, EditClassifierOptions options,
        KnownCells? known = null)
    {
        Known = known;
        Trees = trees;
        _parts = new TreeParts(trees);
        Candidates = candidates;
        Weights = weights;
        Options = options;
        _analogies = new Lazy<BundleAnalogies>(() => new BundleAnalogies(candidates.Bundles.Select(b => b.Bundle)));
    }

    /// <summary>The classes: every distinct edit tree of the training data, in first-seen order.</summary>
    public IReadOnlyList<EditTree> Trees { get; }

    /// <summary>The hyper-parameters the model was trained with (feature extraction depends on them).</summary>
    public EditClassifierOptions Options { get; }

    /// <summary>The candidate trees of each feature bundle.</summary>
    internal CandidateIndex Candidates { get; }

    /// <summary>Averaged weights of hashed feature × tree part pairs (see <see cref="WeightTable"/> and <see cref="TreeParts"/>).</summary>
    internal float[] Weights { get; }

    /// <summary>The training pairs by lemma when the model has paradigm features (<see cref="EditClassifierOptions.UseKnownCells"/>), else null.</summary>
    internal KnownCells? Known { get; }

    /// <inheritdoc />
    public string Inflect(string lemma, FeatureBundle features) => Predict(lemma, features).Form;

    /// <summary>
    /// The form and its confidence: composed by analogy (confidence 0) when the bundle is unseen and a route gives one,
    /// otherwise the chosen tree's output and margin, or the copied lemma (confidence 0).
    /// </summary>
    private (string Form, double Confidence) Predict(string lemma, FeatureBundle features) =>
        Known?.FormOf(lemma, features) is { } known ? (known, double.PositiveInfinity)
        : Options.AnalogyRoutes > 0 && !Candidates.Has(features) && Compose(lemma, features) is { } composed ? (composed, 0)
        : Apply(lemma, features);

    private (string Form, double Confidence) Apply(string lemma, FeatureBundle features) =>
        ChooseWithMargin(lemma, features) is ({ } tree, var margin) && tree.Apply(lemma) is { } form ? (form, margin) : (lemma, 0);

    /// <summary>
    /// The form of an unseen bundle most routes of the smallest swap size agree on (ties: the first to get there), or null
    /// when no route gives one. Of the routes of a size (at most <see cref="RoutesTried"/> × <c>AnalogyRoutes</c>), the
    /// first <c>AnalogyRoutes</c> that give a form vote.
    /// </summary>
    private string? Compose(string lemma, FeatureBundle features)
    {
        var forms = new Dictionary<FeatureBundle, string>();
        string Form(FeatureBundle bundle) => forms.TryGetValue(bundle, out var form) ? form
            : forms[bundle] = Known?.FormOf(lemma, bundle) ?? Apply(lemma, bundle).Form;
        foreach (var routes in _analogies.Value.Routes(features, RoutesTried * Options.AnalogyRoutes))
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            var (best, most, voted) = ((string?)null, 0, 0);
            foreach (var route in routes.TakeWhile(_ => voted < Options.AnalogyRoutes))
            {
                if (Form(route.From) == Form(route.To) || StringAnalogy.Solve(Form(route.From), Form(route.To), Form(route.Source)) is not { } answer)
                {
                    continue;
                }
                voted++;
                if ((votes[answer] = votes.GetValueOrDefault(answer) + 1) > most)
                {
                    (best, most) = (answer, votes[answer]);
                }
            }
            if (best is not null)
            {
                return best;
            }
        }
        return null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The confidence is the chosen tree's margin over the runner-up in the perceptrons' summed score (infinite when it was
    /// the only candidate); 0 for a form composed by analogy or a copied lemma.
    /// </remarks>
    public IReadOnlyList<(string Form, double Confidence)> InflectWithConfidence(IReadOnlyList<InflectionTriple> inputs) =>
        inputs.AsParallel().AsOrdered().Select(t => Predict(t.Lemma, t.Features)).ToList();

    /// <summary>The edit tree the model picks for the input, or null when no tree of the model applies to the lemma.</summary>
    public EditTree? Choose(string lemma, FeatureBundle features) => ChooseWithMargin(lemma, features).Tree;

    private (EditTree? Tree, double Margin) ChooseWithMargin(string lemma, FeatureBundle features)
    {
        var keys = new List<ulong>();
        LemmaFeatures.Extract(lemma, features, Options, keys);
        var bundle = features.ToCanonicalString();
        Known?.AddFeatures(lemma, bundle, -1, keys);
        var active = keys.ToArray();
        var votes = Known?.Analogies.Votes(lemma, bundle, -1);
        foreach (var candidates in Candidates.For(features))
        {
            var (best, margin) = _parts.Candidates(candidates, lemma, votes).Best(Weights, active, Options.HashBits);
            if (best >= 0)
            {
                return (Trees[best], margin);
            }
        }
        return (null, 0);
    }
}
