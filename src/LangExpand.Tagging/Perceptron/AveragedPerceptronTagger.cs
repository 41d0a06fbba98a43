namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// The greedy averaged perceptron peer (Collins 2002; Honnibal's recipe): it predicts the joint <see cref="LangExpand.Core.Annotated.MorphoLabel"/>,
/// so UPOS and FEATS together, word by word from the word's features and the two labels it predicted before.
/// </summary>
public sealed class AveragedPerceptronTagger : ITokenTagger
{
    /// <summary>The model type in <c>config.json</c>.</summary>
    public const string ModelType = "perceptron-tagger";

    private readonly Dictionary<string, int> _known;

    internal AveragedPerceptronTagger(PerceptronModel model)
    {
        Model = model;
        var index = model.Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        _known = model.TagDictionary.ToDictionary(entry => entry.Key, entry => index[entry.Value], StringComparer.Ordinal);
    }

    internal PerceptronModel Model { get; }

    /// <inheritdoc />
    public string Type => ModelType;

    /// <inheritdoc />
    public IReadOnlyList<string[]> Predict(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var table = Model.Weights.Features;
        var decoder = new GreedyDecoder(Model.Weights, new HistoryFeatures(table, Model.Labels), Model.Labels.Count);
        return sentences.Select(words =>
        {
            var (statics, known) = PerceptronModel.Encode(words, table, _known);
            return decoder.Tag(statics, known).Select(label => Model.Labels[label]).ToArray();
        }).ToList();
    }

    /// <inheritdoc />
    public void Save(string directory) => PerceptronSerialization.Save(this, directory);
}
