using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Planning;

/// <summary>
/// Reads the languages of <c>langexpand plan</c>: either one ISO code per line (blank lines and <c>#</c> comments ignored),
/// or a YAML list whose items are codes or mappings with the fields of an add-language config (<c>language:</c> required).
/// Every code is checked (<c>LE1007</c>).
/// </summary>
public static class LanguageList
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<PackSettings> Read(string path)
    {
        var lines = StrictTextReader.ReadLines(path).ToList();
        var first = lines.Select(l => l.Text).FirstOrDefault(text => text.Trim().Length > 0 && !text.TrimStart().StartsWith('#'));
        var entries = first?.TrimStart().StartsWith('-') == true ? FromYaml(path) : FromLines(lines, path);
        if (entries.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "no languages", new SourceLocation(path, 0), "one ISO code per line, or a YAML list");
        }
        return entries;
    }

    private static List<PackSettings> FromLines(List<TextLine> lines, string path)
    {
        var entries = new List<PackSettings>();
        foreach (var line in lines.Where(l => l.Text.Trim().Length > 0 && !l.Text.TrimStart().StartsWith('#')))
        {
            var code = line.Text.Trim();
            if (!LanguageCode.TryParse(code, out var language))
            {
                throw new LangExpandException(ErrorCode.UnknownLanguage, $"unknown language '{code}'", new SourceLocation(path, line.Number), "an ISO 639 code, one per line");
            }
            entries.Add(new PackSettings { Language = language.Iso639_3 });
        }
        return entries;
    }

    private static List<PackSettings> FromYaml(string path)
    {
        var items = PackSettingsYaml.DeserializeAs<List<object?>>(File.ReadAllText(path), path, "a YAML list of ISO codes or add-language settings") ?? [];
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return [.. items.Select((item, k) => item switch
        {
            string code => new PackSettings { Language = Code(code, path, k) },
            Dictionary<object, object?> fields => Checked(PackSettingsYaml.ParseFields(fields.ToDictionary(f => f.Key.ToString()!, f => f.Value), $"{path} item {k + 1}", baseDirectory), path, k),
            _ => throw new LangExpandException(ErrorCode.MalformedDocument, $"item {k + 1} is neither a code nor a mapping", new SourceLocation(path, 0), "a code or a mapping with 'language:'"),
        })];
    }

    private static PackSettings Checked(PackSettings settings, string path, int index) => settings.Language is { } code
        ? settings with { Language = Code(code, path, index) }
        : throw new LangExpandException(ErrorCode.MalformedDocument, $"item {index + 1} has no 'language:'", new SourceLocation(path, 0), "language: ISO");

    private static string Code(string code, string path, int index) => LanguageCode.TryParse(code, out var language)
        ? language.Iso639_3
        : throw new LangExpandException(ErrorCode.UnknownLanguage, $"item {index + 1}: unknown language '{code}'", new SourceLocation(path, 0), "an ISO 639 code");
}
