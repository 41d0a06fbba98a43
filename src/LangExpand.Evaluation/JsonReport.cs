using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LangExpand.Evaluation;

/// <summary>Writes a <see cref="ScoreReport"/> as indented JSON with camelCase names and LF line ends.</summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ScoreReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("languages");
            foreach (var language in report.Languages)
            {
                WriteLanguage(json, language);
            }
            json.WriteEndArray();
            json.WriteNumber("macroAccuracy", report.MacroAccuracy);
            json.WriteNumber("macroMeanDistance", report.MacroMeanDistance);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLanguage(Utf8JsonWriter json, LanguageScore language)
    {
        json.WriteStartObject();
        json.WriteString("language", language.Language);
        WriteTally(json, language.Total);
        if (language.Breakdown is { } breakdown)
        {
            json.WriteStartObject("breakdown");
            foreach (var (name, _, tally) in breakdown.Cells.Concat(breakdown.Margins))
            {
                json.WriteStartObject(name);
                WriteTally(json, tally);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("breakdown");
        }
        json.WriteStartArray("bundles");
        foreach (var bundle in language.Bundles)
        {
            json.WriteStartObject();
            json.WriteString("features", bundle.Features);
            WriteTally(json, bundle.Tally);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("confusions");
        foreach (var confusion in language.Confusions)
        {
            json.WriteStartObject();
            json.WriteString("gold", confusion.Gold);
            json.WriteString("predicted", confusion.Predicted);
            json.WriteNumber("count", confusion.Count);
            json.WriteStartObject("example");
            json.WriteString("gold", confusion.Example.Gold);
            json.WriteString("predicted", confusion.Example.Predicted);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter json, Tally tally)
    {
        json.WriteNumber("items", tally.Items);
        json.WriteNumber("correct", tally.Correct);
        json.WriteNumber("totalDistance", tally.TotalDistance);
        WriteNullable(json, "accuracy", tally.Accuracy);
        WriteNullable(json, "meanDistance", tally.MeanDistance);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
