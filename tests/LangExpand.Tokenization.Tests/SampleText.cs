using LangExpand.Tokenization.SentencePiece;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Tests;

/// <summary>A few KB of text in two made-up languages, built from fixed word lists so tests train in milliseconds.</summary>
internal static class SampleText
{
    private static readonly string[] Stems = ["talo", "kirja", "vesi", "metsä", "lintu", "kivi", "järvi", "puu", "tie", "kala"];
    private static readonly string[] Endings = ["", "ssa", "sta", "lla", "lle", "t", "ni", "mme", "kin", "ko"];
    private static readonly string[] EnglishWords = ["the", "house", "book", "water", "forest", "bird", "stone", "lake", "tree", "road", "fish", "and", "in", "of"];

    /// <summary>Lines of an agglutinative toy language: stem + ending words.</summary>
    public static IReadOnlyList<string> Agglutinative { get; } = Lines(i => Stems[i * 7 % Stems.Length] + Endings[i * 3 % Endings.Length], 120);

    /// <summary>Lines of English-like words.</summary>
    public static IReadOnlyList<string> English { get; } = Lines(i => EnglishWords[i * 5 % EnglishWords.Length], 120);

    /// <summary>A small Unigram model trained on <see cref="English"/>.</summary>
    public static SentencePieceModel EnglishModel(int vocabularySize = 60) =>
        UnigramTrainer.Train(English, new UnigramTrainerOptions { VocabularySize = vocabularySize });

    private static List<string> Lines(Func<int, string> word, int count) =>
        Enumerable.Range(0, count).Select(line => string.Join(' ', Enumerable.Range(0, 8).Select(k => word(line * 11 + k * (line % 5 + 1))))).ToList();
}
