using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Data;

/// <summary>
/// An inflection file in memory: its dialect, its records in order, and the layout details needed to write it back
/// byte for byte (line terminator, final newline, trailing blank lines).
/// </summary>
/// <param name="Format">The dialect the file was read as (and is written as).</param>
/// <param name="Records">The data lines in file order.</param>
/// <param name="Source">File path or stream name, for messages.</param>
/// <param name="LineTerminator"><c>"\n"</c> or <c>"\r\n"</c>, as in the source.</param>
/// <param name="EndsWithNewline">Whether the last line had a terminator.</param>
/// <param name="TrailingBlankLines">Blank lines after the last record.</param>
public sealed record InflectionDataset(
    InflectionFormat Format,
    IReadOnlyList<InflectionRecord> Records,
    string Source,
    string LineTerminator = "\n",
    bool EndsWithNewline = true,
    int TrailingBlankLines = 0)
{
    /// <summary>The triples in file order.</summary>
    public IReadOnlyList<InflectionTriple> Triples => Records.Select(r => r.Triple).ToList();

    /// <summary>Creates a dataset from triples, in <paramref name="format"/>, with Unix line ends.</summary>
    public static InflectionDataset FromTriples(InflectionFormat format, IEnumerable<InflectionTriple> triples, string source = "<memory>") =>
        new(format, triples.Select((t, i) => new InflectionRecord(t, i + 1, [])).ToList(), source);

    /// <summary>
    /// This dataset with each record's form replaced by <paramref name="forms"/>[i] (same order and count), so that a
    /// covered file becomes a full one in the same dialect.
    /// </summary>
    public InflectionDataset WithForms(IReadOnlyList<string> forms)
    {
        if (forms.Count != Records.Count)
        {
            throw new ArgumentException($"expected {Records.Count} forms, got {forms.Count}", nameof(forms));
        }
        return this with { Records = Records.Select((r, i) => r.WithForm(forms[i])).ToList() };
    }
}
