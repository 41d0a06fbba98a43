namespace LangExpand.Adaptation.Evaluation;

/// <summary>Settings of <see cref="AdaptationEvaluator"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Most verse pairs for retrieval, evenly spaced over the shared verses (ignored with <see cref="HeldOutLast"/>).</summary>
    public int MaxPairs { get; init; } = 1000;

    /// <summary>When positive, retrieval and pseudo-perplexity use the target Bible's last this many verses (left out of training with the same number).</summary>
    public int HeldOutLast { get; init; }

    /// <summary>Most held-out target sentences scored for pseudo-perplexity (0: none).</summary>
    public int PseudoPerplexitySentences { get; init; } = 100;

    /// <summary>Settings of the POS tagger's fine-tuning.</summary>
    public TaggingOptions Tagging { get; init; } = new();
}
