using System.Text.Json.Nodes;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>How a token tagger did on test sentences.</summary>
/// <param name="Accuracy">Word accuracy (words cut off by the length limit, and labels unseen in training, count as errors).</param>
/// <param name="SpanF1">Micro-averaged span F1 when the labels are BIO tags, else null.</param>
/// <param name="Words">Test words.</param>
public sealed record TaggingScore(double Accuracy, double? SpanF1, long Words)
{
    /// <summary>UPOS and UFeats accuracy when the labels are joint <c>UPOS|FEATS</c> labels, else null.</summary>
    public (double Upos, double Ufeats)? Morphology { get; init; }

    /// <summary>The score as JSON (<c>accuracy</c>, <c>span_f1</c> and <c>upos_accuracy</c>/<c>ufeats_accuracy</c> when measured, <c>words</c>).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["accuracy"] = Math.Round(Accuracy, 4) };
        if (SpanF1 is { } f1)
        {
            json["span_f1"] = Math.Round(f1, 4);
        }
        if (Morphology is { } morphology)
        {
            json["upos_accuracy"] = Math.Round(morphology.Upos, 4);
            json["ufeats_accuracy"] = Math.Round(morphology.Ufeats, 4);
        }
        json["words"] = Words;
        return json;
    }
}
