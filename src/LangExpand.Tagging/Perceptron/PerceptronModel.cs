namespace LangExpand.Tagging.Perceptron;

/// <summary>A trained perceptron tagger: its labels (ordinal order), weights and tag dictionary (word → label).</summary>
internal sealed record PerceptronModel(IReadOnlyList<string> Labels, PerceptronWeights Weights, IReadOnlyDictionary<string, string> TagDictionary)
{
    /// <summary>A word must have been seen this often …</summary>
    public const int TagDictionaryMinCount = 20;

    /// <summary>… with one label at least this share of the time to be tagged from the tag dictionary.</summary>
    public const double TagDictionaryMinShare = 0.97;

    /// <summary>
    /// The static feature ids (through <paramref name="table"/>) and tag-dictionary label indexes (-1: none) of each word
    /// of <paramref name="words"/>.
    /// </summary>
    public static (int[][] Statics, int[] Known) Encode(IReadOnlyList<string> words, FeatureTable table, IReadOnlyDictionary<string, int> known) =>
        (TokenFeatures.Sentence(words).Select(names => names.Select(table.Id).ToArray()).ToArray(),
         words.Select(word => known.GetValueOrDefault(word, -1)).ToArray());
}
