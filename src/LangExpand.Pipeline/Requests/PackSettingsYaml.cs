using LangExpand.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Reads <see cref="PackSettings"/> from YAML: the keys of <see cref="PackSettingsSchema.Fields"/> (the command-line option names
/// in snake case); list fields take a list or one string. Relative paths are relative to the config file.
/// </summary>
public static class PackSettingsYaml
{
    /// <summary>Reads the config file at <paramref name="path"/>.</summary>
    public static PackSettings Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"config file {path} does not exist", expected: "a YAML file given with --config");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses YAML text; <paramref name="name"/> names it in errors and is the base of relative paths.</summary>
    public static PackSettings Parse(string yaml, string name)
    {
        var document = Deserialize(yaml, name);
        var directory = Path.GetDirectoryName(Path.GetFullPath(name))!;
        return ParseFields(document, name, directory, KeyLines(yaml, name));
    }

    /// <summary>
    /// Parses an already-read YAML mapping (the config, or a language entry of a <c>plan</c> list); errors name the line of
    /// the field where <paramref name="lines"/> (field → 1-based line) has it.
    /// </summary>
    internal static PackSettings ParseFields(Dictionary<string, object?> fields, string name, string? baseDirectory, IReadOnlyDictionary<string, int>? lines = null)
    {
        var settings = new PackSettings();
        foreach (var (key, value) in fields)
        {
            var at = new SourceLocation(name, lines?.GetValueOrDefault(key) ?? 0);
            var field = PackSettingsSchema.Find(key)
                ?? throw new LangExpandException(ErrorCode.MalformedDocument, $"unknown field '{key}'", at, string.Join(", ", PackSettingsSchema.Fields.Select(f => f.Key)));
            settings = field.With(settings, Value(field, value, at, baseDirectory));
        }
        return settings;
    }

    /// <summary>The YAML value of <paramref name="field"/> as the field's type; paths rebased on <paramref name="baseDirectory"/>.</summary>
    private static object? Value(PackSetting field, object? value, SourceLocation at, string? baseDirectory)
    {
        string PathOf(string text) => field.Attribute.IsPath && baseDirectory is not null ? InputPaths.Rebase(text, baseDirectory) : text;
        LangExpandException Wrong(string problem, string expected) => new(ErrorCode.MalformedDocument, $"field '{field.Key}' {problem}", at, expected);
        return (field.Kind, value) switch
        {
            (_, string text) when text.Trim().Length == 0 => throw Wrong("is empty", Expected(field.Kind)),
            (SettingKind.List, null) => Array.Empty<string>(),
            (SettingKind.List, string one) => new[] { PathOf(one) },
            (SettingKind.List, List<object?> items) when items.Any(item => item is string text && text.Trim().Length == 0) => throw Wrong("has an empty item", "non-empty strings"),
            (SettingKind.List, List<object?> items) when items.All(item => item is string) => items.Cast<string>().Select(PathOf).ToArray(),
            (SettingKind.List, var other) => throw Wrong($"is a {Kind(other!)}", "a string or a list of strings"),
            (SettingKind.Number, null) => throw Wrong("has no value", "an integer"),
            (_, null) => null,
            (_, not string) => throw Wrong($"is a {Kind(value)}", "a single value"),
            (SettingKind.Number, string text) => int.TryParse(text, out var number) ? number : throw Wrong($"is '{text}'", "an integer"),
            (SettingKind.Flag, string text) => bool.TryParse(text, out var flag) ? flag : throw Wrong($"is '{text}'", "true or false"),
            (_, string text) => PathOf(text),
        };
    }

    /// <summary>
    /// The 1-based line of each top-level field of the YAML mapping in <paramref name="yaml"/>; a field given twice is an
    /// error naming the second one's line (a deserialiser would silently keep one of them).
    /// </summary>
    private static Dictionary<string, int> KeyLines(string yaml, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"not valid YAML here: {e.InnerException?.Message ?? e.Message}",
                new SourceLocation(name, (int)e.Start.Line), "each field once", e);
        }
        return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().ToDictionary(key => key.Value ?? "", key => (int)key.Start.Line, StringComparer.Ordinal)
            : [];
    }

    /// <summary>Deserialises YAML into plain dictionaries, lists and strings, with YAML errors as <see cref="ErrorCode.MalformedDocument"/>.</summary>
    internal static Dictionary<string, object?> Deserialize(string yaml, string name) =>
        DeserializeAs<Dictionary<string, object?>>(yaml, name, "a YAML mapping of add-language settings") ?? [];

    /// <summary>Deserialises YAML text into <typeparamref name="T"/>, with errors naming <paramref name="name"/> and the line.</summary>
    internal static T? DeserializeAs<T>(string yaml, string name, string expected)
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"not valid YAML here: {e.InnerException?.Message ?? e.Message}",
                new SourceLocation(name, (int)e.Start.Line), expected, e);
        }
    }

    /// <summary>What a value of <paramref name="kind"/> must be (an empty string is none: the command line refuses one too).</summary>
    private static string Expected(SettingKind kind) => kind switch
    {
        SettingKind.Number => "an integer",
        SettingKind.Flag => "true or false",
        _ => "a non-empty value",
    };

    private static string Kind(object value) => value is List<object?> ? "list" : value is Dictionary<object, object?> ? "mapping" : "value";
}
