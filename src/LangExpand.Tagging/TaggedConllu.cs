using LangExpand.Core.Annotated;

namespace LangExpand.Tagging;

/// <summary>
/// CoNLL-U read as tagged sentences whose labels are <see cref="MorphoLabel"/>s: one token per syntactic word (multiword
/// tokens and empty nodes are skipped, as <see cref="ConlluSentence.Words"/> does).
/// </summary>
public static class TaggedConllu
{
    /// <summary>Reads every sentence of the CoNLL-U file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<TaggedSentence> Read(string path) => ConlluReader.Read(path).Select(ToTagged).ToList();

    /// <summary>Reads every sentence of <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static IReadOnlyList<TaggedSentence> Read(Stream stream, string sourceName) => ConlluReader.Read(stream, sourceName).Select(ToTagged).ToList();

    /// <summary>The words of <paramref name="sentence"/> with their joint labels.</summary>
    public static TaggedSentence ToTagged(ConlluSentence sentence) => MorphoLabel.Of(sentence);
}
