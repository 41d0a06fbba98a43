namespace LangExpand.Adaptation.Checkpoints;

/// <summary>What loading a checkpoint into a model may tolerate.</summary>
public sealed record WeightLoadOptions
{
    /// <summary>Copy the overlapping part of tensors whose shape differs (e.g. a resized vocabulary) instead of failing.</summary>
    public bool AllowResize { get; init; }

    /// <summary>Name prefixes of parameters that are new in the model (a task head such as <c>classifier.</c>); they may be missing.</summary>
    public IReadOnlyList<string> NewParameterPrefixes { get; init; } = [];

    /// <summary>Name prefixes of checkpoint tensors to leave out without complaint (another task's head, such as <c>lm_head.</c>).</summary>
    public IReadOnlyList<string> IgnoredPrefixes { get; init; } = [];
}
