using System.Text.Json.Nodes;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>What <see cref="AdaptationEvaluator"/> measured.</summary>
/// <param name="Model">The model directory.</param>
/// <param name="RetrievalTopOne">Retrieval top-1 accuracy (0–1).</param>
/// <param name="RetrievalPairs">Verse pairs retrieval ran over.</param>
/// <param name="PseudoPerplexity">Pseudo-perplexity on the target verses of the retrieval pairs, when measured.</param>
/// <param name="PosAccuracy">Word accuracy of the fine-tuned tagger, when asked for.</param>
public sealed record EvaluationReport(string Model, double RetrievalTopOne, int RetrievalPairs, double? PseudoPerplexity, double? PosAccuracy)
{
    /// <summary>The report as a JSON object (<c>retrieval_top1</c>, <c>retrieval_pairs</c>; <c>pseudo_perplexity</c> and <c>pos_accuracy</c> when measured).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["model"] = Model,
            ["retrieval_top1"] = Math.Round(RetrievalTopOne, 4),
            ["retrieval_pairs"] = RetrievalPairs,
        };
        if (PseudoPerplexity is { } perplexity)
        {
            json["pseudo_perplexity"] = Math.Round(perplexity, 3);
        }
        if (PosAccuracy is { } pos)
        {
            json["pos_accuracy"] = Math.Round(pos, 4);
        }
        return json;
    }
}
