namespace LangExpand.Pipeline.Requests;

/// <summary>
/// One <c>--parallel</c> value: a file (any format <c>langexpand parallel</c> reads) or <c>sword:MODULE</c>, a SWORD Bible
/// module exported with <c>diatheke</c> (Debian packages <c>diatheke</c>, <c>sword-text-kjv</c>, <c>sword-text-sparv</c>).
/// </summary>
/// <param name="Text">The value as written.</param>
/// <param name="Path">The file, or null for a SWORD module.</param>
/// <param name="SwordModule">The module name (<c>engKJV2006eb</c>), or null for a file.</param>
public sealed record ParallelSpec(string Text, string? Path, string? SwordModule)
{
    /// <summary>The prefix of a SWORD module.</summary>
    public const string SwordPrefix = "sword:";

    /// <summary>True for a Bible: a SWORD module, a CES XML file or a verse TSV file.</summary>
    public bool IsBible => SwordModule is not null || BibleFiles.Kind(Path!) is not null;

    /// <summary>Parses a <c>--parallel</c> value.</summary>
    public static ParallelSpec Parse(string text) => text.StartsWith(SwordPrefix, StringComparison.Ordinal)
        ? new ParallelSpec(text, null, text[SwordPrefix.Length..])
        : new ParallelSpec(text, text, null);
}
