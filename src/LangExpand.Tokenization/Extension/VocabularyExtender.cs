using LangExpand.Tokenization.Bert;
using LangExpand.Tokenization.SentencePiece;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Extension;

/// <summary>
/// Adds target-language subwords to a pretrained tokenizer: trains a Unigram model on the target text, takes its pieces
/// that the base vocabulary lacks (most probable first, ties in ordinal order, at most
/// <see cref="VocabularyExtensionOptions.MaxNewTokens"/>) and appends them. For XLM-R, the pieces are appended to the
/// SentencePiece model with their trained scores, so the new ids are the old <c>&lt;mask&gt;</c> id onwards and
/// <c>&lt;mask&gt;</c> moves to the end; for BERT, word-initial pieces (<c>▁x</c> → <c>x</c>) and continuations
/// (<c>x</c> → <c>##x</c>) without punctuation are appended to <c>vocab.txt</c> and no id moves.
/// </summary>
public static class VocabularyExtender
{
    /// <summary>The file written beside the extended tokenizer.</summary>
    public const string ExtensionFile = "vocabulary_extension.json";

    /// <summary>
    /// Loads the tokenizer of <paramref name="baseDirectory"/>, extends it with subwords of <paramref name="targetLines"/>,
    /// and saves the extended tokenizer and <see cref="ExtensionFile"/> into <paramref name="outputDirectory"/>.
    /// </summary>
    public static VocabularyExtension ExtendDirectory(string baseDirectory, IEnumerable<string> targetLines, string outputDirectory, VocabularyExtensionOptions? options = null)
    {
        var (tokenizer, extension) = Extend(TokenizerDirectory.Load(baseDirectory), targetLines, options);
        TokenizerDirectory.Save(tokenizer, outputDirectory);
        VocabularyExtensionFile.Write(Path.Combine(outputDirectory, ExtensionFile), extension);
        return extension;
    }

    /// <summary>Extends <paramref name="baseTokenizer"/> with subwords of <paramref name="targetLines"/>.</summary>
    public static (ISubwordTokenizer Tokenizer, VocabularyExtension Extension) Extend(ISubwordTokenizer baseTokenizer, IEnumerable<string> targetLines, VocabularyExtensionOptions? options = null)
    {
        options ??= new VocabularyExtensionOptions();
        return baseTokenizer switch
        {
            XlmRobertaTokenizer xlmr => ExtendSentencePiece(xlmr, Candidates(targetLines, options), options.MaxNewTokens),
            BertWordPieceTokenizer bert => ExtendWordPiece(bert, Candidates(bert.LowerCase ? targetLines.Select(l => l.ToLowerInvariant()) : targetLines, options), options.MaxNewTokens),
            _ => throw new ArgumentException($"cannot extend a {baseTokenizer.GetType().Name}", nameof(baseTokenizer)),
        };
    }

    private static IEnumerable<ModelPiece> Candidates(IEnumerable<string> lines, VocabularyExtensionOptions options) =>
        UnigramTrainer.Train(lines, options.Training).Pieces
            .Where(p => p.Type == PieceType.Normal)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Piece, StringComparer.Ordinal);

    private static (ISubwordTokenizer, VocabularyExtension) ExtendSentencePiece(XlmRobertaTokenizer old, IEnumerable<ModelPiece> candidates, int cap)
    {
        var added = candidates.Where(p => old.TokenToId(p.Piece) is null).Take(cap).ToList();
        var extended = XlmRobertaTokenizer.FromModel(old.Model.Append(added));
        var newTokens = added.Select(p => new NewToken(extended.TokenToId(p.Piece)!.Value, p.Piece, old.EncodeRawPieceText(p.Piece))).ToList();
        var moved = new Dictionary<int, int> { [old.Special.Mask] = extended.Special.Mask };
        return (extended, new VocabularyExtension(old.VocabularySize, extended.VocabularySize, newTokens, moved));
    }

    private static (ISubwordTokenizer, VocabularyExtension) ExtendWordPiece(BertWordPieceTokenizer old, IEnumerable<ModelPiece> candidates, int cap)
    {
        var added = candidates.Select(p => ToWordPiece(p.Piece)).OfType<string>()
            .Where(t => old.TokenToId(t) is null).Distinct(StringComparer.Ordinal).Take(cap).ToList();
        var extended = new BertWordPieceTokenizer(old.Vocabulary.Append(added), old.LowerCase);
        var newTokens = added.Select(t => new NewToken(extended.TokenToId(t)!.Value, t, WordPieceDecomposition.Segment(old.Vocabulary, t))).ToList();
        return (extended, new VocabularyExtension(old.VocabularySize, extended.VocabularySize, newTokens, new Dictionary<int, int>()));
    }

    /// <summary>The WordPiece token of a SentencePiece piece, or null for pieces BERT's pre-tokenizer would split.</summary>
    private static string? ToWordPiece(string piece)
    {
        var initial = piece[0] == TrainingWords.Space;
        var text = initial ? piece[1..] : piece;
        var splittable = text.Length == 0 || text.Any(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c));
        return splittable ? null : initial ? text : BertWordPieceTokenizer.ContinuationPrefix + text;
    }
}
