using System.Globalization;

namespace LangExpand.Lexicons.Formats;

/// <summary>
/// The lexicon TSV schema: UTF-8, LF line ends, a header line, then one entry a line with these tab-separated columns:
/// <list type="table">
/// <item><term><c>source</c>, <c>target</c></term><description>the two sides' text, exactly (spaces kept; never empty)</description></item>
/// <item><term><c>score</c></term><description>a finite number, invariant culture, shortest round-trip form (<c>1</c>, <c>0.25</c>, <c>1E-07</c>)</description></item>
/// <item><term><c>source_pos</c>, <c>target_pos</c></term><description>part of speech in the resource's labels, or empty</description></item>
/// <item><term><c>source_tags</c>, <c>target_tags</c></term><description>further tags joined by <c>;</c>, or empty</description></item>
/// <item><term><c>direction</c></term><description><c>both</c>, <c>source-to-target</c> or <c>target-to-source</c></description></item>
/// <item><term><c>provenance</c></term><description>the resource: a file name or a name such as <c>apertium:eng-spa</c></description></item>
/// <item><term><c>line</c></term><description>the entry's 1-based line in that resource, 0 when it has none</description></item>
/// <item><term><c>origin</c></term><description><c>imported</c> or <c>induced</c></description></item>
/// </list>
/// </summary>
public static class LexiconTsv
{
    /// <summary>The header's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["source", "target", "score", "source_pos", "target_pos", "source_tags", "target_tags", "direction", "provenance", "line", "origin"];

    /// <summary>The header line, without its line feed.</summary>
    public static string Header { get; } = string.Join('\t', Columns);

    /// <summary>The TSV name of a direction.</summary>
    public static string Name(LexiconDirection direction) => direction switch
    {
        LexiconDirection.SourceToTarget => "source-to-target",
        LexiconDirection.TargetToSource => "target-to-source",
        _ => "both",
    };

    /// <summary>The TSV name of an origin.</summary>
    public static string Name(LexiconOrigin origin) => origin == LexiconOrigin.Induced ? "induced" : "imported";

    /// <summary>The direction named <paramref name="name"/>, or null when the name is not one.</summary>
    public static LexiconDirection? ParseDirection(string name) =>
        Enum.GetValues<LexiconDirection>().Select(d => (LexiconDirection?)d).FirstOrDefault(d => Name(d!.Value) == name);

    /// <summary>The origin named <paramref name="name"/>, or null when the name is not one.</summary>
    public static LexiconOrigin? ParseOrigin(string name) =>
        Enum.GetValues<LexiconOrigin>().Select(o => (LexiconOrigin?)o).FirstOrDefault(o => Name(o!.Value) == name);

    /// <summary>The shortest text that parses back to exactly <paramref name="score"/>.</summary>
    public static string Format(double score) => score.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One entry as a TSV line, without its line feed.</summary>
    public static string Format(LexiconEntry entry) => string.Join('\t',
        entry.Source.Text, entry.Target.Text, Format(entry.Score), entry.Source.Pos ?? "", entry.Target.Pos ?? "",
        string.Join(LexiconText.TagSeparator, entry.Source.Tags), string.Join(LexiconText.TagSeparator, entry.Target.Tags),
        Name(entry.Direction), entry.Provenance.Resource, entry.Provenance.Line.ToString(CultureInfo.InvariantCulture), Name(entry.Provenance.Origin));
}
