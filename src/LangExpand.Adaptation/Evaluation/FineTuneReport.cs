using System.Text.Json.Nodes;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>What <see cref="TaskFineTuning.Run"/> trained and how it scored.</summary>
/// <param name="Task"><c>token</c> (POS, NER) or <c>intent</c>.</param>
/// <param name="Labels">Labels the classifier knows (those of the training data).</param>
/// <param name="Scores">The test scores as JSON (<see cref="TaggingScore.ToJson"/> or <see cref="IntentScore.ToJson"/>).</param>
/// <param name="Summary">The scores in one line for people.</param>
public sealed record FineTuneReport(string Task, int Labels, JsonObject Scores, string Summary)
{
    /// <summary>The report as one JSON object: <c>task</c>, the scores, <c>labels</c> and <c>model</c> (<paramref name="directory"/>).</summary>
    public JsonObject ToJson(string directory)
    {
        var json = new JsonObject { ["task"] = Task };
        foreach (var (key, value) in Scores)
        {
            json[key] = value?.DeepClone();
        }
        json["labels"] = Labels;
        json["model"] = directory;
        return json;
    }
}
