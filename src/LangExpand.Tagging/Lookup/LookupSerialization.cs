using System.Text.Json.Nodes;
using LangExpand.Core.IO;

namespace LangExpand.Tagging.Lookup;

/// <summary>
/// A lookup tagger's directory: <c>config.json</c> (<c>type</c> <c>lookup-tagger</c>, <c>format_version</c> 1,
/// <c>fallback</c>: the label of words with no known suffix), <c>lookup.tsv</c> (one line per entry:
/// <c>form|lower|suffix</c>, the key, the label; ordinal order within each table) and <c>metrics.json</c>.
/// </summary>
internal static class LookupSerialization
{
    public const int FormatVersion = 1;

    public const string TableFile = "lookup.tsv";

    private const string Expected = "form, lower or suffix, a key and a label, tab-separated";

    public static void Save(LookupTagger tagger, string directory)
    {
        var config = new JsonObject { ["type"] = LookupTagger.ModelType, ["format_version"] = FormatVersion, ["fallback"] = tagger.Table.Fallback };
        var metrics = new JsonObject { ["forms"] = tagger.Table.Forms.Count, ["suffixes"] = tagger.Table.Suffixes.Count };
        ModelDirectory.Save(directory, config, staging => ModelTsv.Write(Path.Combine(staging, TableFile), Tables(tagger.Table)
            .SelectMany(table => table.Entries.Order(OrdinalKeys.Instance).Select(entry => new[] { table.Name, entry.Key, entry.Value }))), metrics);
    }

    public static LookupTagger Load(string directory)
    {
        var config = ModelDirectory.ReadConfig(directory, LookupTagger.ModelType, FormatVersion);
        var fallback = ConfigText.Required(config, "fallback", directory);
        var tables = new[] { "form", "lower", "suffix" }.ToDictionary(name => name, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var (location, fields) in ModelTsv.Read(Path.Combine(directory, TableFile), 3, Expected))
        {
            if (!tables.TryGetValue(fields[0], out var table) || !table.TryAdd(fields[1], fields[2]))
            {
                throw ModelTsv.Malformed(location, table is null ? $"unknown table '{fields[0]}'" : $"'{fields[1]}' is listed twice", Expected);
            }
        }
        return new LookupTagger(new LookupTable(tables["form"], tables["lower"], tables["suffix"], fallback));
    }

    private static IEnumerable<(string Name, IReadOnlyDictionary<string, string> Entries)> Tables(LookupTable table) =>
        [("form", table.Forms), ("lower", table.Lowercase), ("suffix", table.Suffixes)];
}
