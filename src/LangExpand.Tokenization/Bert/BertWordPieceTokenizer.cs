using System.Text;
using Microsoft.ML.Tokenizers;

namespace LangExpand.Tokenization.Bert;

/// <summary>
/// BERT's tokenizer (WordPiece over <c>vocab.txt</c>, segmented by Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/>):
/// ids are line numbers, a sequence is <c>[CLS] X [SEP]</c>, continuation pieces start with <c>##</c>.
/// </summary>
public sealed class BertWordPieceTokenizer : ISubwordTokenizer
{
    /// <summary>The prefix of a piece that continues a word.</summary>
    public const string ContinuationPrefix = "##";

    private readonly BertTokenizer segmenter;

    /// <summary>Creates the tokenizer; <paramref name="lowerCase"/> is <c>do_lower_case</c> of <c>tokenizer_config.json</c>.</summary>
    public BertWordPieceTokenizer(BertVocabulary vocabulary, bool lowerCase)
    {
        Vocabulary = vocabulary;
        LowerCase = lowerCase;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', vocabulary.Tokens) + "\n"));
        segmenter = BertTokenizer.Create(stream, new BertOptions { LowerCaseBeforeTokenization = lowerCase });
        Special = new SpecialTokenIds(Id("[PAD]"), Id("[UNK]"), Id("[MASK]"), Id("[CLS]"), Id("[SEP]"));
    }

    /// <summary>The vocabulary.</summary>
    public BertVocabulary Vocabulary { get; }

    /// <summary>Whether text is lower-cased (and accents removed) before segmentation.</summary>
    public bool LowerCase { get; }

    /// <inheritdoc />
    public int VocabularySize => Vocabulary.Tokens.Count;

    /// <inheritdoc />
    public SpecialTokenIds Special { get; }

    /// <inheritdoc />
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true) =>
        segmenter.EncodeToIds(text, addSpecialTokens: addSpecialTokens, considerPreTokenization: true, considerNormalization: true);

    /// <inheritdoc />
    public WordAlignedEncoding EncodeWords(IReadOnlyList<string> words) => WordAlignedEncoding.Build(words, word => Encode(word, false), Special);

    /// <inheritdoc />
    public string Decode(IEnumerable<int> ids) => segmenter.Decode(ids, skipSpecialTokens: true) ?? "";

    /// <inheritdoc />
    public string? IdToToken(int id) => id >= 0 && id < Vocabulary.Tokens.Count ? Vocabulary.Tokens[id] : null;

    /// <inheritdoc />
    public int? TokenToId(string token) => Vocabulary.IdOf(token);

    private int Id(string token) => Vocabulary.IdOf(token)!.Value;
}
