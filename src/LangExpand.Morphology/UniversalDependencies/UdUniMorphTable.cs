using System.Reflection;

namespace LangExpand.Morphology.UniversalDependencies;

/// <summary>One row of <c>ud-unimorph.tsv</c>: a UD feature value and the UniMorph spellings it maps to.</summary>
/// <param name="Feature">The UD feature name, or <c>UPOS</c> for a part of speech.</param>
/// <param name="Value">The UD value.</param>
/// <param name="Alternatives">UniMorph spellings, preferred first (each one or more atoms joined by <c>;</c>); null when the value is unmarked in UniMorph (<c>-</c>).</param>
internal sealed record UdUniMorphRow(string Feature, string Value, IReadOnlyList<string>? Alternatives);

/// <summary>The embedded table <c>ud-unimorph.tsv</c>, the one source of both directions of the mapping.</summary>
internal static class UdUniMorphTable
{
    /// <summary>The rows in file order.</summary>
    public static IReadOnlyList<UdUniMorphRow> Rows { get; } = Load();

    private static List<UdUniMorphRow> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("LangExpand.Morphology.UniversalDependencies.ud-unimorph.tsv")
            ?? throw new InvalidOperationException("embedded ud-unimorph.tsv is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<UdUniMorphRow>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var columns = line.Split('\t');
            rows.Add(new UdUniMorphRow(columns[0], columns[1], columns[2] == "-" ? null : columns[2].Split('|')));
        }
        return rows;
    }
}
