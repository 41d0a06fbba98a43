using System.Text.Json.Nodes;

namespace LangExpand.Evaluation.Inflection;

/// <summary>The outcome of a benchmark run.</summary>
/// <param name="Options">What was run.</param>
/// <param name="Report">Scores of the languages whose split has gold forms.</param>
/// <param name="PredictedOnly">Languages predicted without gold to score against.</param>
/// <param name="Seconds">Wall time of the whole run (reading, training, predicting, scoring).</param>
/// <param name="Models">The model used for each language, in language order (for <c>auto</c>, the one it selected).</param>
public sealed record BenchResult(BenchOptions Options, ScoreReport? Report, IReadOnlyList<string> PredictedOnly, double Seconds,
    IReadOnlyList<(string Language, string Model)> Models)
{
    /// <summary>The result as JSON: run settings, wall time and the score report.</summary>
    public string ToJson() => new JsonObject
    {
        ["data"] = Options.DataDirectory,
        ["split"] = Options.Split.ToString().ToLowerInvariant(),
        ["model"] = Options.Model,
        ["train_size"] = Options.TrainSize,
        ["seconds"] = Math.Round(Seconds, 3),
        ["predicted_only"] = new JsonArray(PredictedOnly.Select(l => (JsonNode)l).ToArray()),
        ["models"] = new JsonObject(Models.Select(m => KeyValuePair.Create(m.Language, (JsonNode?)m.Model))),
        ["report"] = Report is null ? null : JsonNode.Parse(Report.ToJson()),
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
}
