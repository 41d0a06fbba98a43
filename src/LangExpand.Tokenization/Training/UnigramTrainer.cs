using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization.SentencePiece;

namespace LangExpand.Tokenization.Training;

/// <summary>
/// Trains a SentencePiece Unigram model (Kudo 2018) on text: words are the text's whitespace-separated tokens with the
/// <c>▁</c> prefix; the seed vocabulary (<see cref="SeedPieces"/>) is shrunk by rounds of EM (<see cref="UnigramEm"/>) and
/// pruning (<see cref="UnigramPruning"/>) until it is within 10 % of the target, then the most probable pieces are kept,
/// every character included. Single-threaded and ordered, so the same text and options give the same model.
/// The model starts with <c>&lt;unk&gt;</c>, <c>&lt;s&gt;</c>, <c>&lt;/s&gt;</c> (XLM-R's layout), then pieces by score.
/// </summary>
public static class UnigramTrainer
{
    private const double IntermediateSlack = 1.1;

    /// <summary>The special pieces at ids 0, 1, 2.</summary>
    public static readonly IReadOnlyList<ModelPiece> SpecialPieces =
        [new("<unk>", 0, PieceType.Unknown), new("<s>", 0, PieceType.Control), new("</s>", 0, PieceType.Control)];

    /// <summary>Trains a model on <paramref name="lines"/> (one sentence or verse per line).</summary>
    public static SentencePieceModel Train(IEnumerable<string> lines, UnigramTrainerOptions? options = null)
    {
        options ??= new UnigramTrainerOptions();
        if (options.VocabularySize <= SpecialPieces.Count || options.MaxPieceLength < 1 || options.ShrinkingFactor is <= 0 or >= 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "invalid Unigram trainer options", expected:
                "a vocabulary size above 3, a maximum piece length of at least 1 and a shrinking factor between 0 and 1");
        }
        var (words, counts) = TrainingWords.Count(lines);
        if (words.Length == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "the training text has no words");
        }
        var budget = options.VocabularySize - SpecialPieces.Count;
        var table = SeedPieces.Build(words, counts, options);
        var intermediate = (int)(budget * IntermediateSlack);
        while (true)
        {
            for (var i = 0; i < options.SubIterations; i++)
            {
                table = UnigramEm.Iterate(table, words, counts);
            }
            if (table.Count <= intermediate)
            {
                break;
            }
            table = UnigramPruning.Prune(table, words, counts, intermediate, options.ShrinkingFactor);
        }
        return ToModel(table, budget);
    }

    private static SentencePieceModel ToModel(PieceTable table, int budget)
    {
        var byScore = Enumerable.Range(0, table.Count)
            .OrderByDescending(p => table.LogProbabilities[p]).ThenBy(p => table.Pieces[p], StringComparer.Ordinal).ToList();
        var characters = byScore.Where(p => table.IsCharacter[p]).ToList();
        var others = byScore.Where(p => !table.IsCharacter[p]).Take(Math.Max(0, budget - characters.Count));
        var kept = characters.Concat(others)
            .OrderByDescending(p => table.LogProbabilities[p]).ThenBy(p => table.Pieces[p], StringComparer.Ordinal)
            .Select(p => new ModelPiece(table.Pieces[p], (float)table.LogProbabilities[p]));
        var model = new SentencePieceModel { Pieces = SpecialPieces.Concat(kept).ToList() };
        return model with { Trainer = model.Trainer with { VocabSize = model.Pieces.Count } };
    }
}
