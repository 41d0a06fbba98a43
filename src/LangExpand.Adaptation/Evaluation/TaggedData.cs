using LangExpand.Core.Annotated;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>Labelled words for token classification: UPOS from CoNLL-U (<c>.conllu</c>), or a token/label TSV (BIO tags for NER).</summary>
public static class TaggedData
{
    /// <summary>The sentences of <paramref name="path"/>.</summary>
    public static IReadOnlyList<TaggedSentence> Read(string path) =>
        path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase)
            ? ConlluReader.Read(path).Select(FromConllu).Where(s => s.Tokens.Count > 0).ToList()
            : TaggedTokenFile.Read(path).Where(s => s.Tokens.Count > 0).ToList();

    /// <summary>The words of a CoNLL-U sentence labelled with their UPOS.</summary>
    internal static TaggedSentence FromConllu(ConlluSentence sentence) =>
        new(sentence.Words.Select(w => new TaggedToken(w.Form, w.Upos)).ToList(), sentence.LineNumber);
}
