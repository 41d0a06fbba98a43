using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Annotated;

/// <summary>One line of a MASSIVE-style JSONL file: the whole JSON object (every field kept) and its parsed slot annotation.</summary>
/// <param name="Json">The object as read; writers change only the fields they own.</param>
/// <param name="Segments">The parsed <c>annot_utt</c>.</param>
/// <param name="LineNumber">1-based line in the source (0 when built in memory).</param>
public sealed record UtteranceRecord(JsonObject Json, IReadOnlyList<UtteranceSegment> Segments, int LineNumber = 0);

/// <summary>
/// Reads and writes JSONL utterances in the MASSIVE layout (<c>{"utt": …, "annot_utt": "wake me up at [time : five am]",
/// "intent": …}</c>), one object per line. Every field is kept; writing is compact JSON with non-ASCII text unescaped.
/// </summary>
public static class UtteranceFile
{
    /// <summary>The field holding the annotated utterance.</summary>
    public const string AnnotatedField = "annot_utt";

    /// <summary>The field holding the plain utterance.</summary>
    public const string PlainField = "utt";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads the file at <paramref name="path"/>, lazily.</summary>
    public static IEnumerable<UtteranceRecord> Read(string path) => Read(StrictTextReader.ReadLines(path), path);

    /// <summary>Reads <paramref name="stream"/> lazily; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<UtteranceRecord> Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName);

    /// <summary>Writes one compact JSON object per line.</summary>
    public static void Write(IEnumerable<UtteranceRecord> records, TextWriter writer)
    {
        foreach (var record in records)
        {
            writer.Write(record.Json.ToJsonString(Compact));
            writer.Write('\n');
        }
    }

    /// <summary>Writes records to <paramref name="path"/> atomically.</summary>
    public static void Write(IEnumerable<UtteranceRecord> records, string path) => AtomicFile.WriteText(path, writer => Write(records, writer));

    private static IEnumerable<UtteranceRecord> Read(IEnumerable<TextLine> lines, string source)
    {
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var location = new SourceLocation(source, line.Number);
            JsonObject json;
            try
            {
                json = StrictJson.ParseNode(line.Text) as JsonObject
                    ?? throw new LangExpandException(ErrorCode.MalformedLine, "line is not a JSON object", location, "one JSON object per line");
            }
            catch (JsonException e)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"invalid JSON: {e.Message}", location, "one JSON object per line", e);
            }
            if (json[AnnotatedField] is not JsonValue value || !value.TryGetValue(out string? annotated))
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"no string '{AnnotatedField}' field", location,
                    "{\"annot_utt\": \"wake me up at [time : five am]\", …}");
            }
            var segments = SlotAnnotation.TryParse(annotated, out var error)
                ?? throw new LangExpandException(ErrorCode.MalformedLine, $"'{AnnotatedField}': {error}", location, "slots written [name : value]");
            yield return new UtteranceRecord(json, segments, line.Number);
        }
    }
}
