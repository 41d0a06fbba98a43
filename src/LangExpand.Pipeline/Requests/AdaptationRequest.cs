using LangExpand.Adaptation.Pretraining;
using LangExpand.Adaptation.Training;

namespace LangExpand.Pipeline.Requests;

/// <summary>The validated settings of the encoder steps (<c>base-model</c>, <c>extend-vocab</c>, <c>adapt-mlm</c>, <c>evaluate</c>).</summary>
/// <param name="Preset">The pretraining preset (sizes, batch, sequence length, learning rate), also used for continued MLM.</param>
/// <param name="PretrainSteps">Pretraining steps of the base model (unused with <c>--base-model</c>).</param>
/// <param name="AdaptSteps">Continued MLM steps on the new language.</param>
/// <param name="TargetUd">Target-language UD CoNLL-U for POS transfer; null for none.</param>
/// <param name="PosSteps">Fine-tuning steps of the POS tagger.</param>
/// <param name="TaskSteps">Fine-tuning steps of each task-model stage.</param>
public sealed record AdaptationRequest(PretrainPreset Preset, int PretrainSteps, int AdaptSteps, string? TargetUd, int PosSteps, int TaskSteps)
{
    /// <summary>Default fine-tuning steps of each task-model stage.</summary>
    public const int DefaultTaskSteps = 1500;

    /// <summary>Default preset: a 4-layer encoder that trains at a useful speed on a CPU.</summary>
    public const string DefaultPreset = "small";

    /// <summary>Default pretraining steps (CPU-friendly: a few minutes on two busy cores with the small preset).</summary>
    public const int DefaultPretrainSteps = 1000;

    /// <summary>Default continued MLM steps.</summary>
    public const int DefaultAdaptSteps = 300;

    /// <summary>Sequences per MLM step: the preset's, at most 16 (the pipeline runs on the CPU).</summary>
    public int BatchSize => Math.Min(Preset.BatchSize, 16);

    /// <summary>Longest MLM sequence: the preset's, at most 64 tokens (Bible verses are short; attention cost falls with it).</summary>
    public int SequenceLength => Math.Min(Preset.SequenceLength, 64);

    /// <summary>The MLM training settings of the pipeline: the preset's learning rate with <see cref="BatchSize"/>, <see cref="SequenceLength"/>, <paramref name="steps"/> and <paramref name="seed"/>.</summary>
    public MlmOptions MlmOptions(int steps, int seed) =>
        Pretrainer.DefaultOptions(Preset, seed) with { Steps = steps, BatchSize = BatchSize, SequenceLength = SequenceLength };

    /// <summary>Default fine-tuning steps of the POS tagger.</summary>
    public const int DefaultPosSteps = 150;

    /// <summary>Default number of held-out verse pairs.</summary>
    public const int DefaultHeldOut = 500;

    /// <summary>Most subwords the vocabulary extension adds: half the preset's vocabulary (at least 50).</summary>
    public int MaxNewTokens => Math.Max(50, Preset.VocabularySize / 2);
}
