using System.Text.Json;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;

namespace LangExpand.Lexicons.Formats;

/// <summary>
/// Reads Wiktionary translations from a kaikki.org (wiktextract) JSONL dump, streaming: one JSON object a line, a word entry
/// with <c>word</c>, <c>pos</c>, <c>lang_code</c> and <c>translations</c> (at the top, or inside <c>senses</c>), each
/// translation with <c>code</c> (or <c>lang_code</c>, or a <c>lang</c> name), <c>word</c>, <c>sense</c> and <c>tags</c>.
/// Translations into the target language become entries: the entry's word and <c>pos</c> as source, the translation's word
/// and <c>tags</c> as target, score 1, direction <c>both</c>, provenance this resource and line. With a source language,
/// entries of other languages are skipped. Skipped too: lines without a <c>word</c> (redirects) or with an empty one, translations without a
/// word, and words holding a tab or line break (tags likewise); the sense gloss is not kept. A line that is not a JSON
/// object, or a field of the wrong JSON type, is an error with file:line.
/// </summary>
public static class WiktionaryReader
{
    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="resource"/> names it in provenance (default: the file name).</summary>
    public static IEnumerable<LexiconEntry> Read(string path, LanguageCode targetLanguage, LanguageCode? sourceLanguage = null, string? resource = null) =>
        Read(StrictTextReader.ReadLines(path), path, new WiktionaryEntry.Languages(targetLanguage, sourceLanguage), resource);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and, by default, in provenance.</summary>
    public static IEnumerable<LexiconEntry> Read(Stream stream, string sourceName, LanguageCode targetLanguage, LanguageCode? sourceLanguage = null, string? resource = null) =>
        Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, new WiktionaryEntry.Languages(targetLanguage, sourceLanguage), resource);

    private static IEnumerable<LexiconEntry> Read(IEnumerable<TextLine> lines, string source, WiktionaryEntry.Languages languages, string? resource)
    {
        var name = ResourceName.Of(source, resource);
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var location = new SourceLocation(source, line.Number);
            foreach (var (word, translation) in Translations(line.Text, languages, location))
            {
                yield return LexiconEntry.Imported(word, translation, new LexiconProvenance(name, line.Number));
            }
        }
    }

    private static List<(LexiconSide Word, LexiconSide Translation)> Translations(string json, WiktionaryEntry.Languages languages, SourceLocation location)
    {
        try
        {
            using var document = StrictJson.Parse(json);
            return WiktionaryEntry.Translations(document.RootElement, languages);
        }
        catch (JsonException e)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"invalid JSON{(e.BytePositionInLine is { } b ? $" at byte {b + 1}" : "")}: {e.Message}",
                location with { Column = (int)(e.BytePositionInLine ?? 0) + 1 }, "one kaikki.org JSON object per line", e);
        }
        catch (WiktionaryEntry.ShapeException e)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, e.Message, location,
                "a kaikki.org word entry: an object with string word, pos, lang_code and an array of translation objects");
        }
    }
}
