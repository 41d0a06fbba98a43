namespace LangExpand.Tagging.Perceptron;

/// <summary>Adds the weights of features to the scores of the labels.</summary>
internal interface IFeatureScorer
{
    /// <summary>Adds, for every feature id in <paramref name="features"/>, its weight for each label to <paramref name="scores"/>.</summary>
    void Score(ReadOnlySpan<int> features, Span<float> scores);
}

/// <summary>Sees each guess the decoder makes with the features it was made from (the trainer learns from it).</summary>
internal interface IGuessObserver
{
    /// <summary>
    /// The word at <paramref name="position"/> was given label <paramref name="guess"/> from <paramref name="features"/>, whose
    /// score for each label is in <paramref name="scores"/>.
    /// </summary>
    void Observe(int position, ReadOnlySpan<int> features, int guess, ReadOnlySpan<float> scores);
}
