namespace LangExpand.Tagging;

/// <summary>A trained tagger that gives every word of a sentence a <see cref="LangExpand.Core.Annotated.MorphoLabel"/>.</summary>
public interface ITokenTagger
{
    /// <summary>The model's <c>type</c> in <c>config.json</c> (<c>lookup-tagger</c>, <c>perceptron-tagger</c>).</summary>
    string Type { get; }

    /// <summary>One label per word of each sentence, in order.</summary>
    IReadOnlyList<string[]> Predict(IReadOnlyList<IReadOnlyList<string>> sentences);

    /// <summary>Saves the model as a model directory (staged and swapped in whole).</summary>
    void Save(string directory);
}
