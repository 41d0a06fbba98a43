using LangExpand.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.ObjectFactories;

namespace LangExpand.Inflection.Neural.Config;

/// <summary>
/// Reads and writes <see cref="NeuralConfig"/> as YAML (snake_case keys: <c>encoder_layers: 4</c>). A file starts from the
/// preset it names (<c>preset: paper</c>, default <c>cpu</c>) and overrides the keys it has; unknown keys and values out of
/// range are errors naming the file and line.
/// </summary>
public static class NeuralConfigYaml
{
    private sealed class PresetOnly
    {
        public string? Preset { get; set; }
    }

    /// <summary>Starts every <see cref="NeuralConfig"/> the deserializer makes from a given preset.</summary>
    private sealed class PresetFactory(NeuralConfig start) : DefaultObjectFactory
    {
        public override object Create(Type type) => type == typeof(NeuralConfig) ? start : base.Create(type);
    }

    /// <summary>Reads the YAML file at <paramref name="path"/>.</summary>
    public static NeuralConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"neural configuration not found: {path}");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>
    /// The settings of a run: the YAML <paramref name="file"/> or the <paramref name="preset"/> (default <c>cpu</c>; giving
    /// both is an error), then the overrides that are not null, checked again (errors name <paramref name="overridesSource"/>).
    /// </summary>
    public static NeuralConfig Resolve(string? file, string? preset, int? seed = null, int? maxSteps = null, double? maxMinutes = null,
        string overridesSource = "--seed/--max-steps/--max-minutes")
    {
        if (file is not null && preset is not null)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "--config and --preset were both given", expected: "one of them (a YAML file can say 'preset: paper')");
        }
        var config = file is null ? NeuralPresets.Create(preset ?? NeuralPresets.Cpu) : Load(file);
        config.Seed = seed ?? config.Seed;
        config.MaxSteps = maxSteps ?? config.MaxSteps;
        config.MaxMinutes = maxMinutes ?? config.MaxMinutes;
        NeuralConfigValidation.Check(config, overridesSource);
        return config;
    }

    /// <summary>Parses YAML <paramref name="text"/>; <paramref name="source"/> names it in errors.</summary>
    public static NeuralConfig Parse(string text, string source)
    {
        try
        {
            var preset = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
                .Deserialize<PresetOnly>(text)?.Preset ?? NeuralPresets.Cpu;
            var lines = KeyLines(text);
            if (!NeuralPresets.Names.Contains(preset))
            {
                throw new LangExpandException(ErrorCode.InvalidOption, $"invalid neural configuration: unknown preset '{preset}'",
                    new SourceLocation(source, lines.GetValueOrDefault("preset")), string.Join(" or ", NeuralPresets.Names));
            }
            var start = NeuralPresets.Create(preset);
            var config = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).WithObjectFactory(new PresetFactory(start)).Build()
                .Deserialize<NeuralConfig>(text) ?? start;
            NeuralConfigValidation.Check(config, source, lines);
            return config;
        }
        catch (YamlException e)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"invalid neural configuration: {(e.InnerException ?? e).Message}",
                new SourceLocation(source, (int)e.Start.Line, (int)e.Start.Column), "YAML with keys of NeuralConfig (README: inflect train --model neural)", e);
        }
    }

    /// <summary>The 1-based line of each top-level key of the YAML mapping in <paramref name="text"/> (none for an empty document).</summary>
    private static Dictionary<string, int> KeyLines(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().Where(key => key.Value is not null)
                .GroupBy(key => key.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (int)g.First().Start.Line, StringComparer.Ordinal)
            : [];
    }

    /// <summary>The YAML text of <paramref name="config"/> (every key, in declaration order).</summary>
    public static string Write(NeuralConfig config) =>
        new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Serialize(config);
}
