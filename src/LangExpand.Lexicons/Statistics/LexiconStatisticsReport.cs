using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LangExpand.Lexicons.Statistics;

/// <summary>Prints <see cref="LexiconStatistics"/> as GitHub Markdown or as indented JSON (camelCase names, LF line ends).</summary>
public static class LexiconStatisticsReport
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A summary table, then one table per breakdown.</summary>
    public static string ToMarkdown(LexiconStatistics statistics)
    {
        var text = new StringBuilder();
        Table(text, "Measure", [
            new("Entries", statistics.Entries), new("Distinct sources", statistics.DistinctSources),
            new("Distinct targets", statistics.DistinctTargets), new("Distinct source–target pairs", statistics.DistinctPairs)]);
        foreach (var (title, _, counts) in Breakdowns(statistics))
        {
            text.Append($"\n### {title}\n\n");
            Table(text, title, counts);
        }
        return text.ToString();
    }

    /// <summary>The counts as one JSON object; each breakdown is an object from label to count, in the tables' order.</summary>
    public static string ToJson(LexiconStatistics statistics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("entries", statistics.Entries);
            json.WriteNumber("distinctSources", statistics.DistinctSources);
            json.WriteNumber("distinctTargets", statistics.DistinctTargets);
            json.WriteNumber("distinctPairs", statistics.DistinctPairs);
            foreach (var (_, name, counts) in Breakdowns(statistics))
            {
                json.WriteStartObject(name);
                foreach (var count in counts)
                {
                    json.WriteNumber(count.Label, count.Count);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static IEnumerable<(string Title, string JsonName, IReadOnlyList<LabelCount> Counts)> Breakdowns(LexiconStatistics statistics) =>
    [
        ("Source POS", "sourcePos", statistics.SourcePos), ("Target POS", "targetPos", statistics.TargetPos),
        ("Directions", "directions", statistics.Directions), ("Origins", "origins", statistics.Origins),
        ("Provenance", "provenance", statistics.Provenance),
    ];

    private static void Table(StringBuilder text, string title, IReadOnlyList<LabelCount> counts)
    {
        text.Append($"| {title} | Entries |\n| :-- | --: |\n");
        foreach (var count in counts)
        {
            text.Append($"| {count.Label.Replace("|", "\\|", StringComparison.Ordinal)} | {count.Count.ToString(CultureInfo.InvariantCulture)} |\n");
        }
    }
}
