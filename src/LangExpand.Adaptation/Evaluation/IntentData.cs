using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>An utterance and its intent.</summary>
/// <param name="Text">The plain utterance (the slot annotation's text).</param>
/// <param name="Intent">The intent label.</param>
/// <param name="LineNumber">1-based line in the source (0 when built in memory).</param>
public sealed record IntentExample(string Text, string Intent, int LineNumber = 0);

/// <summary>Labelled utterances for sequence classification, from MASSIVE-style JSONL (<c>{"utt": …, "annot_utt": …, "intent": …}</c>).</summary>
public static class IntentData
{
    /// <summary>The field holding the intent.</summary>
    public const string IntentField = "intent";

    /// <summary>Whether <paramref name="path"/> names intent data (a <c>.jsonl</c> file) rather than tagged tokens.</summary>
    public static bool IsIntentFile(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>The utterances of <paramref name="path"/>; a line without a string <c>intent</c> fails naming the file and line.</summary>
    public static IReadOnlyList<IntentExample> Read(string path) =>
        UtteranceFile.Read(path).Select(record => new IntentExample(SlotAnnotation.PlainText(record.Segments), Intent(record, path), record.LineNumber)).ToList();

    private static string Intent(UtteranceRecord record, string path) =>
        record.Json[IntentField] is JsonValue value && value.TryGetValue(out string? intent) && intent.Length > 0
            ? intent
            : throw new LangExpandException(ErrorCode.MalformedLine, $"no string '{IntentField}' field", new SourceLocation(path, record.LineNumber),
                "{\"utt\": …, \"annot_utt\": …, \"intent\": \"alarm_set\"}");
}
