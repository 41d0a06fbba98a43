using LangExpand.Tokenization;
using LangExpand.Tokenization.Training;

namespace LangExpand.Adaptation.Tests;

/// <summary>A few KB of repetitive made-up text and a tokenizer trained on it, built in milliseconds.</summary>
internal static class ToyCorpus
{
    private static readonly string[] Words = ["talo", "kirja", "vesi", "lintu", "kivi", "puu", "tie", "kala", "the", "house", "and", "of"];

    /// <summary>Lines of eight words each.</summary>
    public static IReadOnlyList<string> Lines { get; } = Enumerable.Range(0, 200)
        .Select(line => string.Join(' ', Enumerable.Range(0, 8).Select(k => Words[(line * 5 + k * (line % 3 + 1)) % Words.Length]))).ToList();

    /// <summary>An XLM-R-style tokenizer trained on <see cref="Lines"/>.</summary>
    public static XlmRobertaTokenizer Tokenizer() =>
        XlmRobertaTokenizer.FromModel(UnigramTrainer.Train(Lines, new UnigramTrainerOptions { VocabularySize = 38 }));

    /// <summary>Writes <see cref="Lines"/> into a file of <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory, string name = "toy.txt")
    {
        var path = Path.Combine(directory, name);
        File.WriteAllLines(path, Lines);
        return path;
    }
}
