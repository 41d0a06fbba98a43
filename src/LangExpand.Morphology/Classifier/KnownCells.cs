using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The training pairs of each lemma (its known paradigm cells), for the classifier's paradigm features: a lemma whose class
/// shows only in its other forms (German <c>singen</c>: <c>sang</c>, <c>gesungen</c>) is told apart from one that
/// inflects regularly by the edit trees it takes for its other bundles. Each cell keeps its bundle (canonical spelling),
/// its form and the text of its edit tree (<see cref="EditTree"/>'s <c>ToString()</c>); lookups by lemma are ordinal.
/// </summary>
internal sealed class KnownCells
{
    private readonly Dictionary<string, Cell[]> _byLemma;

    /// <summary>Indexes <paramref name="pairs"/> (triples with forms), in their order; a cell's index is its position there.</summary>
    public KnownCells(IReadOnlyList<InflectionTriple> pairs)
    {
        Pairs = pairs;
        var cells = pairs.AsParallel().AsOrdered()
            .Select((t, i) => new Cell(i, t.Features.ToCanonicalString(), t.Form!, EditTreeBuilder.Build(t.Lemma, t.Form!).ToString()))
            .ToArray();
        _byLemma = pairs.Select((t, i) => (t.Lemma, Cell: cells[i])).GroupBy(c => c.Lemma, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Cell).ToArray(), StringComparer.Ordinal);
        Analogies = new CellAnalogies(this);
    }

    /// <summary>Votes of the lemma's known cells for the form of another bundle.</summary>
    public CellAnalogies Analogies { get; }

    /// <summary>The pairs indexed, in their order (what a saved model stores).</summary>
    public IReadOnlyList<InflectionTriple> Pairs { get; }

    /// <summary>The first known form of <paramref name="lemma"/> for <paramref name="features"/> (compared as a set), or null.</summary>
    public string? FormOf(string lemma, FeatureBundle features)
    {
        var bundle = features.ToCanonicalString();
        return Of(lemma).FirstOrDefault(c => c.Bundle == bundle)?.Form;
    }

    /// <summary>
    /// Appends the paradigm features of <paramref name="lemma"/> for the target bundle <paramref name="bundle"/> (canonical)
    /// to <paramref name="keys"/>: for each known cell but the one at <paramref name="except"/> (the training example
    /// itself), its bundle with its tree, alone and joined with the target bundle.
    /// </summary>
    public void AddFeatures(string lemma, string bundle, int except, List<ulong> keys)
    {
        foreach (var cell in Of(lemma))
        {
            if (cell.Index == except)
            {
                continue;
            }
            keys.Add(FeatureKey.Of(FeatureTemplate.KnownTree).With(cell.Bundle).With(cell.Tree).Value);
            keys.Add(FeatureKey.Of(FeatureTemplate.KnownTreeTarget).With(bundle).With(cell.Bundle).With(cell.Tree).Value);
        }
    }

    /// <summary>The known cells of <paramref name="lemma"/> in pair order (none for an unknown lemma).</summary>
    public IReadOnlyList<Cell> Of(string lemma) => _byLemma.TryGetValue(lemma, out var cells) ? cells : [];

    /// <summary>Every lemma's cells, lemmas in first-seen order.</summary>
    public IEnumerable<IReadOnlyList<Cell>> Paradigms => Pairs.Select(t => t.Lemma).Distinct(StringComparer.Ordinal).Select(Of);
}

/// <summary>One known cell of a lemma.</summary>
/// <param name="Index">Its position among the training pairs.</param>
/// <param name="Bundle">Its bundle, canonical spelling.</param>
/// <param name="Form">Its form.</param>
/// <param name="Tree">The text of the edit tree from the lemma to the form.</param>
internal sealed record Cell(int Index, string Bundle, string Form, string Tree);
