namespace LangExpand.Pipeline.Requests;

/// <summary>
/// The settings of the encoder steps (<c>base-model</c>, <c>extend-vocab</c>, <c>adapt-mlm</c>, <c>evaluate</c>, in
/// <c>LangExpand.Pipeline.Encoders</c>), checked here as far as they need no encoder code; the steps check the rest.
/// </summary>
/// <param name="Preset">The pretraining preset's name (sizes, batch, sequence length, learning rate), also used for continued MLM; the <c>base-model</c> step checks it.</param>
/// <param name="PretrainSteps">Pretraining steps of the base model (unused with <c>--base-model</c>).</param>
/// <param name="AdaptSteps">Continued MLM steps on the new language.</param>
/// <param name="TargetUd">Target-language UD CoNLL-U for POS transfer; null for none.</param>
/// <param name="PosSteps">Fine-tuning steps of the POS tagger.</param>
/// <param name="TaskSteps">Fine-tuning steps of each task-model stage.</param>
public sealed record AdaptationRequest(string Preset, int PretrainSteps, int AdaptSteps, string? TargetUd, int PosSteps, int TaskSteps)
{
    /// <summary>Where the encoder steps run: <c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c> (resolved by the encoder steps).</summary>
    public string Device { get; init; } = DefaultDevice;

    /// <summary>Default device: a CUDA GPU when one is present, else the CPU.</summary>
    public const string DefaultDevice = "auto";

    /// <summary>Default fine-tuning steps of each task-model stage.</summary>
    public const int DefaultTaskSteps = 1200;

    /// <summary>Default preset: a 4-layer encoder that trains at a useful speed on a CPU.</summary>
    public const string DefaultPreset = "small";

    /// <summary>Default pretraining steps (CPU-friendly: a few minutes on two busy cores with the small preset).</summary>
    public const int DefaultPretrainSteps = 1000;

    /// <summary>Default continued MLM steps.</summary>
    public const int DefaultAdaptSteps = 300;

    /// <summary>Default fine-tuning steps of the POS tagger.</summary>
    public const int DefaultPosSteps = 150;

    /// <summary>Default number of held-out verse pairs.</summary>
    public const int DefaultHeldOut = 500;
}
