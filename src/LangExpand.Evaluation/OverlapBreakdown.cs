namespace LangExpand.Evaluation;

/// <summary>
/// The SIGMORPHON 2022 breakdown of gold items by what the training data contained: whether the lemma occurs in
/// training, and whether the exact feature string (as written) occurs in training. Every gold item is in exactly one cell.
/// </summary>
/// <param name="Both">Lemma and feature string both seen in training.</param>
/// <param name="LemmaOnly">Lemma seen in training, feature string not.</param>
/// <param name="FeaturesOnly">Feature string seen in training, lemma not.</param>
/// <param name="Neither">Neither seen in training.</param>
public sealed record OverlapBreakdown(Tally Both, Tally LemmaOnly, Tally FeaturesOnly, Tally Neither)
{
    /// <summary>A breakdown with every cell empty.</summary>
    public static OverlapBreakdown Empty { get; } = new(Tally.Empty, Tally.Empty, Tally.Empty, Tally.Empty);

    /// <summary>
    /// The cells in a fixed order (both, lemma only, features only, neither), each with its JSON name and a short
    /// description for tables.
    /// </summary>
    public IEnumerable<(string Name, string Description, Tally Tally)> Cells =>
    [
        ("both", "lemma and features seen", Both),
        ("lemmaOnly", "lemma seen only", LemmaOnly),
        ("featuresOnly", "features seen only", FeaturesOnly),
        ("neither", "neither seen", Neither),
    ];

    /// <summary>
    /// The margins of the cells in a fixed order, each with its JSON name and a short description: lemma seen / unseen
    /// (whatever the features), features seen / unseen (whatever the lemma).
    /// </summary>
    public IEnumerable<(string Name, string Description, Tally Tally)> Margins =>
    [
        ("lemmaSeen", "lemma seen (any features)", Both.Plus(LemmaOnly)),
        ("lemmaUnseen", "lemma unseen (any features)", FeaturesOnly.Plus(Neither)),
        ("featuresSeen", "features seen (any lemma)", Both.Plus(FeaturesOnly)),
        ("featuresUnseen", "features unseen (any lemma)", LemmaOnly.Plus(Neither)),
    ];

    /// <summary>This breakdown with one more item in the cell chosen by what training contained.</summary>
    /// <param name="lemmaSeen">Whether the item's lemma occurs in training.</param>
    /// <param name="featuresSeen">Whether the item's feature string occurs in training.</param>
    /// <param name="correct">Whether the item was predicted exactly.</param>
    /// <param name="distance">Its edit distance.</param>
    public OverlapBreakdown Add(bool lemmaSeen, bool featuresSeen, bool correct, int distance) => (lemmaSeen, featuresSeen) switch
    {
        (true, true) => this with { Both = Both.Add(correct, distance) },
        (true, false) => this with { LemmaOnly = LemmaOnly.Add(correct, distance) },
        (false, true) => this with { FeaturesOnly = FeaturesOnly.Add(correct, distance) },
        _ => this with { Neither = Neither.Add(correct, distance) },
    };
}
