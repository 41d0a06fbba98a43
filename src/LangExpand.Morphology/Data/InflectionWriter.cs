using LangExpand.Core.IO;

namespace LangExpand.Morphology.Data;

/// <summary>
/// Writes an <see cref="InflectionDataset"/> in its dialect. A dataset read by <see cref="InflectionReader"/> is written
/// back byte for byte (line terminators, blank lines and a missing final newline included).
/// </summary>
public static class InflectionWriter
{
    /// <summary>Writes the dataset to <paramref name="path"/> atomically (a failed write leaves no partial file).</summary>
    public static void Write(InflectionDataset dataset, string path) => AtomicFile.WriteText(path, writer => Write(dataset, writer));

    /// <summary>Writes the dataset to <paramref name="stream"/> as UTF-8 without a byte-order mark.</summary>
    public static void Write(InflectionDataset dataset, Stream stream)
    {
        using var writer = new StreamWriter(stream, AtomicFile.Utf8, leaveOpen: true);
        Write(dataset, writer);
    }

    /// <summary>Writes the dataset to <paramref name="writer"/>.</summary>
    public static void Write(InflectionDataset dataset, TextWriter writer)
    {
        var newline = dataset.LineTerminator;
        for (var i = 0; i < dataset.Records.Count; i++)
        {
            var record = dataset.Records[i];
            for (var b = 0; b < record.BlankLinesBefore; b++)
            {
                writer.Write(newline);
            }
            writer.Write(string.Join('\t', Columns(record, dataset.Format.Order)));
            var last = i == dataset.Records.Count - 1 && dataset.TrailingBlankLines == 0;
            if (!last || dataset.EndsWithNewline)
            {
                writer.Write(newline);
            }
        }
        for (var b = 0; b < dataset.TrailingBlankLines; b++)
        {
            writer.Write(newline);
        }
    }

    private static IEnumerable<string> Columns(InflectionRecord record, ColumnOrder order)
    {
        var (lemma, features, form) = (record.Triple.Lemma, record.Triple.Features.ToString(), record.Triple.Form);
        yield return lemma;
        if (order == ColumnOrder.LemmaFormFeatures && form is not null)
        {
            yield return form;
        }
        yield return features;
        if (order == ColumnOrder.LemmaFeaturesForm && form is not null)
        {
            yield return form;
        }
        foreach (var extra in record.ExtraColumns)
        {
            yield return extra;
        }
    }
}
