using System.Globalization;
using System.Text.Json.Nodes;
using LangExpand.Core.IO;

namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// A perceptron tagger's directory, all text (UTF-8, tab-separated, <c>\n</c> line ends): <c>config.json</c> (<c>type</c>
/// <c>perceptron-tagger</c>, <c>format_version</c> 1); <c>labels.txt</c> (one label a line, ordinal order; a weight names
/// its label by 0-based line); <c>tagdict.tsv</c> (word, label; words in ordinal order); <c>weights.tsv</c> (feature,
/// label index, weight as the shortest invariant text that reads back the same <c>float</c>; features in ordinal order,
/// labels ascending within a feature, zero weights left out); <c>metrics.json</c> (counts). The same model always writes
/// the same bytes.
/// </summary>
internal static class PerceptronSerialization
{
    public const int FormatVersion = 1;

    private const string LabelsFile = "labels.txt";
    private const string DictionaryFile = "tagdict.tsv";
    private const string WeightsFile = "weights.tsv";
    private const string WeightRow = "a feature, a label index and a weight, features in ordinal order, labels ascending within one";

    public static void Save(AveragedPerceptronTagger tagger, string directory)
    {
        var model = tagger.Model;
        var config = new JsonObject { ["type"] = AveragedPerceptronTagger.ModelType, ["format_version"] = FormatVersion };
        var metrics = new JsonObject { ["labels"] = model.Labels.Count, ["features"] = model.Weights.Features.Names.Count, ["weights"] = model.Weights.Values.Length };
        ModelDirectory.Save(directory, config, staging =>
        {
            ModelTsv.Write(Path.Combine(staging, LabelsFile), model.Labels.Select(label => new[] { label }));
            ModelTsv.Write(Path.Combine(staging, DictionaryFile), model.TagDictionary.Order(OrdinalKeys.Instance).Select(entry => new[] { entry.Key, entry.Value }));
            ModelTsv.Write(Path.Combine(staging, WeightsFile), model.Weights.Rows().Select(row =>
                new[] { row.Feature, row.Label.ToString(CultureInfo.InvariantCulture), row.Weight.ToString(CultureInfo.InvariantCulture) }));
        }, metrics);
    }

    public static AveragedPerceptronTagger Load(string directory)
    {
        ModelDirectory.ReadConfig(directory, AveragedPerceptronTagger.ModelType, FormatVersion);
        var labels = new List<string>();
        foreach (var (location, fields) in ModelTsv.Read(Path.Combine(directory, LabelsFile), 1, "one label a line, in ordinal order"))
        {
            labels.Add(labels.Count == 0 || string.CompareOrdinal(labels[^1], fields[0]) < 0 ? fields[0]
                : throw ModelTsv.Malformed(location, $"label '{fields[0]}' is out of order", "labels in ordinal order, each once"));
        }
        var known = labels.ToHashSet(StringComparer.Ordinal);
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (location, fields) in ModelTsv.Read(Path.Combine(directory, DictionaryFile), 2, "a word and its label"))
        {
            if (!known.Contains(fields[1]) || !dictionary.TryAdd(fields[0], fields[1]))
            {
                throw ModelTsv.Malformed(location, $"'{fields[0]}' is listed twice or has a label not in {LabelsFile}", $"each word once, with a label of {LabelsFile}");
            }
        }
        var weights = PerceptronWeights.Build(WeightRows(Path.Combine(directory, WeightsFile), labels.Count));
        return new AveragedPerceptronTagger(new PerceptronModel(labels, weights, dictionary));
    }

    private static IEnumerable<(string Feature, int Label, float Weight)> WeightRows(string path, int labels)
    {
        (string Feature, int Label)? previous = null;
        foreach (var (location, fields) in ModelTsv.Read(path, 3, WeightRow))
        {
            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var label) || label >= labels
                || !float.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !float.IsFinite(weight))
            {
                throw ModelTsv.Malformed(location, $"'{fields[1]}' is not a label index below {labels} or '{fields[2]}' is not a finite number", WeightRow);
            }
            if (previous is var (feature, before) && string.CompareOrdinal(feature, fields[0]) is var order && (order > 0 || order == 0 && before >= label))
            {
                throw ModelTsv.Malformed(location, $"'{fields[0]}' label {label} is out of order", WeightRow);
            }
            previous = (fields[0], label);
            yield return (fields[0], label, weight);
        }
    }
}
