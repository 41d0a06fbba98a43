using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Labelled words for token classification: UPOS (or, with features, the joint <c>UPOS|FEATS</c> label of
/// <see cref="MorphoLabel"/>) from CoNLL-U (<c>.conllu</c>), or a token/label TSV (BIO tags for NER).
/// </summary>
public static class TaggedData
{
    /// <summary>The sentences of <paramref name="path"/>; <paramref name="withFeatures"/> labels CoNLL-U words with <c>UPOS|FEATS</c>.</summary>
    public static IReadOnlyList<TaggedSentence> Read(string path, bool withFeatures = false) =>
        IsConllu(path)
            ? ConlluReader.Read(path).Select(withFeatures ? MorphoLabel.Of : (Func<ConlluSentence, TaggedSentence>)FromConllu).Where(s => s.Tokens.Count > 0).ToList()
            : TaggedTokenFile.Read(path).Where(s => s.Tokens.Count > 0).ToList();

    /// <summary>
    /// The gold sentences read from <paramref name="path"/> when every word has a whole label; a partial one (UPOS <c>_</c>, or
    /// FEATS unknown) is an error naming the file and the sentence's line, as gold must be complete.
    /// </summary>
    public static IReadOnlyList<TaggedSentence> Gold(string path, bool withFeatures)
    {
        var sentences = Read(path, withFeatures);
        if (sentences.FirstOrDefault(s => s.Tokens.Any(t => MorphoLabel.IsPartial(t.Label))) is { } partial)
        {
            throw new LangExpandException(ErrorCode.MalformedLine, "a gold word has no whole label (UPOS _ or FEATS unknown)", new SourceLocation(path, partial.LineNumber),
                "gold with the label of every word");
        }
        return sentences;
    }

    /// <summary>True for a CoNLL-U path (by extension).</summary>
    public static bool IsConllu(string path) => path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of a CoNLL-U sentence labelled with their UPOS (<see cref="MorphoLabel.Unknown"/> for <c>_</c>).</summary>
    internal static TaggedSentence FromConllu(ConlluSentence sentence) =>
        new(sentence.Words.Select(w => new TaggedToken(w.Form, w.Upos == "_" ? MorphoLabel.Unknown : w.Upos)).ToList(), sentence.LineNumber);
}
