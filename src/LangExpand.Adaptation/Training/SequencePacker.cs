using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;

namespace LangExpand.Adaptation.Training;

/// <summary>
/// Turns sentences into training sequences: each is encoded as <c>CLS … SEP</c> (cut to the sequence length), and
/// consecutive sentences are packed greedily into sequences of at most that length, so little is padding.
/// </summary>
public static class SequencePacker
{
    /// <summary>The packed sequences of <paramref name="lines"/>.</summary>
    public static IReadOnlyList<int[]> Pack(IEnumerable<string> lines, ISubwordTokenizer tokenizer, int sequenceLength)
    {
        var sequences = new List<int[]>();
        var current = new List<int>(sequenceLength);
        foreach (var line in lines)
        {
            var ids = tokenizer.Encode(line);
            var encoded = ids.Count <= sequenceLength ? ids : [.. ids.Take(sequenceLength - 1), tokenizer.Special.Sep];
            if (encoded.Count <= 2)
            {
                continue;
            }
            if (current.Count + encoded.Count > sequenceLength)
            {
                sequences.Add([.. current]);
                current.Clear();
            }
            current.AddRange(encoded);
        }
        if (current.Count > 0)
        {
            sequences.Add([.. current]);
        }
        if (sequences.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "the training text has no tokens");
        }
        return sequences;
    }
}
