using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Extension;

/// <summary>Settings of <see cref="VocabularyExtender"/>.</summary>
public sealed record VocabularyExtensionOptions
{
    /// <summary>The Unigram training on the target text whose pieces are candidates.</summary>
    public UnigramTrainerOptions Training { get; init; } = new();

    /// <summary>At most this many tokens are added, the most probable under the target model first.</summary>
    public int MaxNewTokens { get; init; } = 5000;
}
