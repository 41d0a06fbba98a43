using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Morphology.Baseline;

/// <summary>
/// Saves and loads <see cref="AffixRuleInflector"/> models: <c>config.json</c> (<c>type</c> = <c>affix-rules</c>,
/// <c>format_version</c>, <c>reversed</c>) and <c>rules.json</c> (per feature string, suffix and prefix rules as
/// <c>[left, right, count]</c> in first-seen order, so a loaded model breaks ties exactly like the trained one).
/// </summary>
public static class AffixRuleSerialization
{
    /// <summary>The <c>type</c> written to <c>config.json</c>.</summary>
    public const string ModelType = "affix-rules";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    private const string RulesFile = "rules.json";

    /// <summary>Saves <paramref name="model"/> to <paramref name="directory"/> (atomically, see <see cref="ModelDirectory"/>).</summary>
    public static void Save(AffixRuleInflector model, string directory, JsonObject? metrics = null)
    {
        var config = new JsonObject { ["type"] = ModelType, ["format_version"] = FormatVersion, ["reversed"] = model.Reversed };
        ModelDirectory.Save(directory, config, staging => ModelDirectory.WriteJson(Path.Combine(staging, RulesFile), RulesJson(model)), metrics);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; rejects other types, unknown versions and malformed rule files.</summary>
    public static AffixRuleInflector Load(string directory)
    {
        var config = ModelDirectory.ReadConfig(directory, ModelType, FormatVersion);
        if (config["reversed"]?.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "config has no boolean 'reversed'",
                new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0), "\"reversed\": true or false");
        }
        var reversed = config["reversed"]!.GetValue<bool>();
        var path = Path.Combine(directory, RulesFile);
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"missing {RulesFile}", new SourceLocation(path, 0), "the rule file written at training");
        }
        try
        {
            var tables = new Dictionary<string, AffixRuleTable>(StringComparer.Ordinal);
            foreach (var (features, node) in (JsonObject)ModelDirectory.ReadJson(path)!)
            {
                var table = tables[features] = new AffixRuleTable();
                ReadRules(node!["suffix"]!, (left, right, count) => table.AddSuffixRule(left, right, count));
                ReadRules(node!["prefix"]!, (left, right, count) => table.AddPrefixRule(left, right, count));
            }
            return new AffixRuleInflector(reversed, tables);
        }
        catch (Exception e) when (e is InvalidCastException or InvalidOperationException or NullReferenceException or FormatException or ArgumentOutOfRangeException)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"malformed rule file: {e.Message}", new SourceLocation(path, 0),
                "{\"FEATURES\": {\"suffix\": [[left, right, count], …], \"prefix\": […]}, …}", e);
        }
    }

    private static JsonObject RulesJson(AffixRuleInflector model)
    {
        var rules = new JsonObject();
        foreach (var (features, table) in model.Tables)
        {
            rules[features] = new JsonObject { ["suffix"] = RuleArray(table.SuffixRules), ["prefix"] = RuleArray(table.PrefixRules) };
        }
        return rules;
    }

    private static JsonArray RuleArray(IEnumerable<AffixRule> rules) =>
        new(rules.Select(r => (JsonNode)new JsonArray(r.Left, r.Right, r.Count)).ToArray());

    private static void ReadRules(JsonNode rules, Action<string, string, int> add)
    {
        foreach (var rule in (JsonArray)rules)
        {
            add(rule![0]!.GetValue<string>(), rule[1]!.GetValue<string>(), rule[2]!.GetValue<int>());
        }
    }
}
