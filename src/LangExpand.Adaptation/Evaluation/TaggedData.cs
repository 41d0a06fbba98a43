using LangExpand.Core.Annotated;

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

    /// <summary>True for a CoNLL-U path (by extension).</summary>
    public static bool IsConllu(string path) => path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of a CoNLL-U sentence labelled with their UPOS (<see cref="MorphoLabel.Unknown"/> for <c>_</c>).</summary>
    internal static TaggedSentence FromConllu(ConlluSentence sentence) =>
        new(sentence.Words.Select(w => new TaggedToken(w.Form, w.Upos == "_" ? MorphoLabel.Unknown : w.Upos)).ToList(), sentence.LineNumber);
}
