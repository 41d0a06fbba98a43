using LangExpand.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Reads <see cref="PackSettings"/> from YAML: the command-line option names in snake case (<c>language</c>, <c>from</c>,
/// <c>lexicon</c>, <c>unimorph</c>, <c>parallel</c>, <c>base_model</c>, <c>task_data</c>, <c>out</c>, <c>seed</c>,
/// <c>max_train</c>, <c>force</c>, <c>mono_text</c>, <c>mono_synthetic</c>, <c>mono_shards</c>, <c>target_ud</c>, <c>preset</c>, <c>pretrain_steps</c>,
/// <c>adapt_steps</c>, <c>pos_steps</c>, <c>heldout</c>, <c>no_adapt</c>); list fields take a list or one string. Relative paths are relative to the config file.
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
        SourceLocation At(string key) => new(name, lines?.GetValueOrDefault(key) ?? 0);
        var unknown = fields.Keys.Except(Known, StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"unknown field '{unknown}'", At(unknown), string.Join(", ", Known));
        }
        string? Text(string key) => fields.GetValueOrDefault(key) switch
        {
            null => null,
            string s => s,
            var other => throw new LangExpandException(ErrorCode.MalformedDocument, $"field '{key}' is a {Kind(other)}", At(key), "a single value"),
        };
        IReadOnlyList<string> List(string key) => fields.GetValueOrDefault(key) switch
        {
            null => [],
            string s => [s],
            List<object?> items when items.All(i => i is string) => [.. items.Cast<string>()],
            var other => throw new LangExpandException(ErrorCode.MalformedDocument, $"field '{key}' is a {Kind(other)}", At(key), "a string or a list of strings"),
        };
        int? Number(string key) => Text(key) is { } s
            ? int.TryParse(s, out var n) ? n : throw new LangExpandException(ErrorCode.MalformedDocument, $"field '{key}' is '{s}'", At(key), "an integer")
            : fields.ContainsKey(key) ? throw new LangExpandException(ErrorCode.MalformedDocument, $"field '{key}' has no value", At(key), "an integer") : null;
        string? PathOf(string? value) => value is null || baseDirectory is null ? value : InputPaths.Rebase(value, baseDirectory);
        return new PackSettings
        {
            Language = Text("language"),
            From = Text("from"),
            Lexicons = [.. List("lexicon").Select(v => PathOf(v)!)],
            UniMorph = PathOf(Text("unimorph")),
            Parallel = [.. List("parallel").Select(v => PathOf(v)!)],
            BaseModel = PathOf(Text("base_model")),
            TaskData = [.. List("task_data").Select(v => PathOf(v)!)],
            Out = PathOf(Text("out")),
            Seed = Number("seed"),
            MaxTrain = Number("max_train"),
            Force = List("force"),
            MonoText = PathOf(Text("mono_text")),
            MonoSynthetic = PathOf(Text("mono_synthetic")),
            MonoShards = Number("mono_shards"),
            TargetUd = PathOf(Text("target_ud")),
            Preset = Text("preset"),
            PretrainSteps = Number("pretrain_steps"),
            AdaptSteps = Number("adapt_steps"),
            PosSteps = Number("pos_steps"),
            HeldOut = Number("heldout"),
            NoAdapt = Text("no_adapt") is { } flag
                ? bool.TryParse(flag, out var b) ? b : throw new LangExpandException(ErrorCode.MalformedDocument, $"field 'no_adapt' is '{flag}'", At("no_adapt"), "true or false")
                : null,
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

    private static readonly string[] Known = ["language", "from", "lexicon", "unimorph", "parallel", "base_model", "task_data", "out", "seed", "max_train", "force",
        "mono_text", "mono_synthetic", "mono_shards", "target_ud", "preset", "pretrain_steps", "adapt_steps", "pos_steps", "heldout", "no_adapt"];

    private static string Kind(object value) => value is List<object?> ? "list" : value is Dictionary<object, object?> ? "mapping" : "value";
}
