using System.Runtime.InteropServices;

namespace LangExpand.Tokenization.Training;

/// <summary>
/// The seed vocabulary: every character, plus the substrings of words (at most <see cref="UnigramTrainerOptions.MaxPieceLength"/>
/// characters, a <c>▁</c> only at the start) that occur at least twice, the <see cref="UnigramTrainerOptions.SeedSize"/> with
/// the largest frequency × length. Initial log probabilities are proportional to that product.
/// </summary>
internal static class SeedPieces
{
    public static PieceTable Build(string[] words, long[] counts, UnigramTrainerOptions options)
    {
        var characters = new Dictionary<string, long>(StringComparer.Ordinal);
        var substrings = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = substrings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            for (var start = 0; start < word.Length; start++)
            {
                if (!TrainingWords.IsBoundary(word, start))
                {
                    continue;
                }
                var length = 0;
                for (var end = start + 1; end <= word.Length && length < options.MaxPieceLength; end++)
                {
                    if (!TrainingWords.IsBoundary(word, end))
                    {
                        continue;
                    }
                    if (end > start + 1 && word[end - 1] == TrainingWords.Space)
                    {
                        break;
                    }
                    length++;
                    if (length == 1)
                    {
                        var character = word[start..end];
                        characters[character] = characters.GetValueOrDefault(character) + counts[w];
                        continue;
                    }
                    CollectionsMarshal.GetValueRefOrAddDefault(lookup, word.AsSpan(start, end - start), out _) += counts[w];
                }
            }
        }
        var seeds = substrings.Where(s => s.Value >= 2)
            .Select(s => (Piece: s.Key, Score: (double)s.Value * TrainingWords.CodePoints(s.Key)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Piece, StringComparer.Ordinal)
            .Take(options.SeedSize)
            .Concat(characters.Select(c => (Piece: c.Key, Score: (double)c.Value)))
            .ToList();
        var logTotal = Math.Log(seeds.Sum(s => s.Score));
        return new PieceTable(seeds.Select(s => s.Piece).ToArray(), seeds.Select(s => Math.Log(s.Score) - logTotal).ToArray());
    }
}
