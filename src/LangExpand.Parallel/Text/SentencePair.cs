namespace LangExpand.Parallel.Text;

/// <summary>One unit of parallel text: a source sentence (or verse), its translation, and an optional id.</summary>
/// <param name="Source">The source-language text, exactly as read.</param>
/// <param name="Target">The target-language text, exactly as read.</param>
/// <param name="Id">An identifier carried by the input (a verse id such as <c>b.GEN.1.1</c>, a TMX <c>tuid</c>), or null.</param>
public sealed record SentencePair(string Source, string Target, string? Id = null);
