using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;

namespace LangExpand.Lexicons.Formats;

/// <summary>
/// Joins two PanLex per-language TSV exports into a lexicon. Each line of an export is an expression in one meaning:
/// <c>id&lt;TAB&gt;langvar&lt;TAB&gt;txt&lt;TAB&gt;txt_degr&lt;TAB&gt;meaning&lt;TAB&gt;langvar_uid</c> (a first line of exactly
/// these names is a header). Two expressions that share a meaning are translations, so every (source line, target line)
/// pair with the same <c>meaning</c> becomes an entry of <c>txt</c> to <c>txt</c>, direction <c>both</c>, score 1, provenance
/// the source file and line. The target file is held in memory; the source file is streamed, and entries come in its order
/// (then the target file's). A pair attested by several meanings appears once per meaning; merging dedupes it. Where a
/// file's language is given, every line's <c>langvar_uid</c> (<c>eng-000</c>) must be a variety of it, so that swapped or
/// wrong files are caught.
/// </summary>
public static class PanLexReader
{
    private static readonly string[] Header = ["id", "langvar", "txt", "txt_degr", "meaning", "langvar_uid"];

    /// <summary>Joins the exports at <paramref name="sourcePath"/> and <paramref name="targetPath"/>; <paramref name="resource"/> names them in provenance (default: the source file name).</summary>
    public static IEnumerable<LexiconEntry> Read(string sourcePath, string targetPath, PanLexLanguages? languages = null, string? resource = null) =>
        Join(new(StrictTextReader.ReadLines(sourcePath), sourcePath, languages?.Source), new(StrictTextReader.ReadLines(targetPath), targetPath, languages?.Target), resource);

    /// <summary>Joins two export streams; the names appear in errors and, for the source, by default in provenance.</summary>
    public static IEnumerable<LexiconEntry> Read(Stream source, string sourceName, Stream target, string targetName, PanLexLanguages? languages = null, string? resource = null) =>
        Join(new(StrictTextReader.ReadLines(source, sourceName), sourceName, languages?.Source), new(StrictTextReader.ReadLines(target, targetName), targetName, languages?.Target), resource);

    private static IEnumerable<LexiconEntry> Join(Export source, Export target, string? resource)
    {
        var translations = new Dictionary<string, List<LexiconSide>>(StringComparer.Ordinal);
        foreach (var (text, meaning, _) in Expressions(target))
        {
            if (!translations.TryGetValue(meaning, out var sides))
            {
                translations[meaning] = sides = [];
            }
            sides.Add(new LexiconSide(text));
        }
        var name = ResourceName.Of(source.Name, resource);
        foreach (var (text, meaning, line) in Expressions(source))
        {
            foreach (var translation in translations.GetValueOrDefault(meaning) ?? [])
            {
                yield return LexiconEntry.Imported(new LexiconSide(text), translation, new LexiconProvenance(name, line));
            }
        }
    }

    private static IEnumerable<(string Text, string Meaning, int Line)> Expressions(Export export)
    {
        var varieties = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in export.Lines.Where(l => l.Text.Length > 0))
        {
            var fields = line.Text.Split('\t');
            if (line.Number == 1 && fields.SequenceEqual(Header))
            {
                continue;
            }
            var location = new SourceLocation(export.Name, line.Number);
            var problem = fields.Length != Header.Length ? $"found {fields.Length} columns"
                : LexiconText.Problem(fields[2], null, []) is { } text ? $"txt: {text}"
                : fields[4].Length == 0 ? "empty meaning"
                : null;
            if (problem is not null)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, problem, location,
                    "a PanLex expression line: id, langvar, txt, txt_degr, meaning, langvar_uid (tab-separated; txt and meaning non-empty)");
            }
            if (export.Language is { } language && !IsVarietyOf(fields[5], language, varieties))
            {
                throw new LangExpandException(ErrorCode.InvalidOption, $"langvar_uid '{fields[5]}' is not a variety of {language.Iso639_3} ({language.Name})",
                    location, "the export of the language given for this file (check the order of --in and the language options)");
            }
            yield return (fields[2], fields[4], line.Number);
        }
    }

    private static bool IsVarietyOf(string uid, LanguageCode language, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(uid, out var isVariety))
        {
            known[uid] = isVariety = LanguageCode.TryParse(uid.Split('-')[0], out var code) && code == language;
        }
        return isVariety;
    }

    /// <summary>One export: its lines, name, and the language its lines must be in (null: not checked).</summary>
    private sealed record Export(IEnumerable<TextLine> Lines, string Name, LanguageCode? Language);
}

/// <summary>The languages of the two PanLex exports; null where a file's <c>langvar_uid</c>s are not checked.</summary>
/// <param name="Source">The language of the source export.</param>
/// <param name="Target">The language of the target export.</param>
public sealed record PanLexLanguages(LanguageCode? Source, LanguageCode? Target);
