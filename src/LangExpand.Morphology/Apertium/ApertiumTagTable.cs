using System.Collections.Concurrent;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.IO;

namespace LangExpand.Morphology.Apertium;

/// <summary>
/// Maps Apertium morphological tags (<c>vblex</c>, <c>pri</c>, <c>p1</c>, …, written without angle brackets) to UniMorph
/// features. The default table is <c>apertium-unimorph.tsv</c>, embedded in this assembly, whose header documents the
/// rules: a tag maps to one or more features or is dropped (<c>-</c>); an analysis is mapped only when its first tag maps
/// to a part of speech and every tag is in the table; a later part of speech (<c>V.PTCP</c>) replaces the earlier one.
/// </summary>
public sealed class ApertiumTagTable
{
    private const string ResourceName = "LangExpand.Morphology.Apertium.apertium-unimorph.tsv";
    private readonly Dictionary<string, string[]> _features;
    private readonly ConcurrentDictionary<string, FeatureBundle> _bundles = new(StringComparer.Ordinal);

    private ApertiumTagTable(Dictionary<string, string[]> features) => _features = features;

    /// <summary>The embedded table (open classes: verbs, nouns, adjectives).</summary>
    public static ApertiumTagTable Default { get; } = LoadDefault();

    /// <summary>The tags the table knows, mapped or dropped.</summary>
    public IReadOnlyCollection<string> Tags => _features.Keys;

    /// <summary>
    /// Reads a table: lines <c>tag&lt;TAB&gt;features&lt;TAB&gt;note</c> (the note optional), <c>#</c> comments and blank
    /// lines ignored; <paramref name="sourceName"/> names the input in errors.
    /// </summary>
    public static ApertiumTagTable Read(Stream stream, string sourceName)
    {
        var features = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in StrictTextReader.ReadLines(stream, sourceName).Where(l => l.Text.Length > 0 && l.Text[0] != '#'))
        {
            var columns = line.Text.Split('\t');
            var location = new SourceLocation(sourceName, line.Number);
            if (columns.Length is < 2 or > 3 || columns[0].Length == 0 || columns[0].IndexOfAny(['<', '>']) >= 0)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"found {columns.Length} column(s)", location,
                    "tag<TAB>features[<TAB>note], the tag without angle brackets");
            }
            if (columns[1] != "-" && !FeatureBundle.TryParse(columns[1], out _, out var error))
            {
                throw new LangExpandException(ErrorCode.InvalidFeatureSyntax, $"column 2: {error}", location, "UniMorph features such as IND;PRS, or '-'");
            }
            if (!features.TryAdd(columns[0], columns[1] == "-" ? [] : columns[1].Split(';')))
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"tag '{columns[0]}' is listed twice", location, "each tag once");
            }
        }
        return new ApertiumTagTable(features);
    }

    /// <summary>True when <paramref name="tag"/> is in the table (mapped or dropped).</summary>
    public bool IsKnown(string tag) => _features.ContainsKey(tag);

    /// <summary>
    /// True when <paramref name="tag"/> maps to a part of speech, so that it may open an analysis's tags; verb forms
    /// (<c>V.PTCP</c>, <c>V.CVB</c>) only refine an earlier <c>V</c> and open nothing.
    /// </summary>
    public bool OpensEntry(string tag) =>
        _features.TryGetValue(tag, out var values) && values.Any(v => UniMorphSchema.IsPartOfSpeech(v) && !v.StartsWith("V.", StringComparison.Ordinal));

    /// <summary>The UniMorph features of a tag sequence, or null when a tag is unknown or the first one is not a part of speech.</summary>
    public FeatureBundle? Map(IReadOnlyList<string> tags)
    {
        if (tags.Count == 0 || !OpensEntry(tags[0]) || !tags.All(IsKnown))
        {
            return null;
        }
        var values = new List<string>();
        foreach (var value in tags.SelectMany(t => _features[t]))
        {
            if (UniMorphSchema.IsPartOfSpeech(value) && values.FindIndex(UniMorphSchema.IsPartOfSpeech) is var pos and >= 0)
            {
                values.RemoveAt(pos);
                values.Insert(pos, value);
                continue;
            }
            values.Add(value);
        }
        return _bundles.GetOrAdd(string.Join(';', values), FeatureBundle.Parse);
    }

    private static ApertiumTagTable LoadDefault()
    {
        using var stream = typeof(ApertiumTagTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Read(stream, ResourceName);
    }
}
