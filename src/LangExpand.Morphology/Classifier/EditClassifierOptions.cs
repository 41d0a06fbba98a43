namespace LangExpand.Morphology.Classifier;

/// <summary>Hyper-parameters of the edit-script classifier; the defaults are the ones tuned on SIGMORPHON 2023 dev.</summary>
public sealed record EditClassifierOptions
{
    /// <summary>The defaults.</summary>
    public static EditClassifierOptions Default { get; } = new();

    /// <summary>The longest affix <see cref="MaxAffix"/> and <see cref="MaxAtomAffix"/> may ask for.</summary>
    public const int AffixLimit = 64;

    /// <summary>Longest lemma suffix and prefix used as a feature, alone and joined with the whole feature bundle (0 to <see cref="AffixLimit"/>).</summary>
    public int MaxAffix { get; init; } = 5;

    /// <summary>Longest lemma suffix and prefix joined with each single feature atom (0 to <see cref="AffixLimit"/>).</summary>
    public int MaxAtomAffix { get; init; } = 4;

    /// <summary>Passes of each averaged perceptron over the training data.</summary>
    public int Epochs { get; init; } = 2;

    /// <summary>
    /// Perceptrons trained on differently shuffled orders (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …) whose averaged
    /// weights are summed: several short runs vary less than one long run.
    /// </summary>
    public int Members { get; init; } = 5;

    /// <summary>The weight table has <c>2^HashBits</c> slots (8 to 30; hashed feature × tree part pairs; 4 bytes each when loaded).</summary>
    public int HashBits { get; init; } = 22;

    /// <summary>
    /// Analogy routes that vote, per swap size, when composing a bundle never seen in training (see
    /// <see cref="BundleAnalogies"/>; four times as many are looked at); 0 turns composition off (the trees of the nearest
    /// seen bundles answer instead).
    /// </summary>
    public int AnalogyRoutes { get; init; } = 16;

    /// <summary>
    /// Paradigm features (see <see cref="KnownCells"/>): the model keeps its training pairs and scores an input with the
    /// edit trees its lemma takes for its other known bundles; a known cell of the input itself is answered from them.
    /// </summary>
    public bool UseKnownCells { get; init; }

    /// <summary>Seed of the order in which the first perceptron visits the examples.</summary>
    public int Seed { get; init; } = 1;
}
