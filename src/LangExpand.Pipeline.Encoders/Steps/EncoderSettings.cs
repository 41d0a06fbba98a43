using LangExpand.Adaptation.Pretraining;
using LangExpand.Adaptation.Training;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>The encoder steps' settings: the request's <see cref="AdaptationRequest"/> with its preset and the CPU sizes of the pipeline.</summary>
/// <param name="Request">The settings as validated by <see cref="RequestValidator"/>.</param>
/// <param name="Preset">The pretraining preset that <see cref="AdaptationRequest.Preset"/> names.</param>
internal sealed record EncoderSettings(AdaptationRequest Request, PretrainPreset Preset)
{
    /// <summary>The settings of <paramref name="request"/>, or null with <c>--no-adapt</c>; an unknown preset is an invalid-option error.</summary>
    public static EncoderSettings? Of(PackRequest request) =>
        request.Adaptation is { } adaptation ? new EncoderSettings(adaptation, PretrainPreset.Parse(adaptation.Preset)) : null;

    /// <summary>Sequences per MLM step: the preset's, at most 16 (the pipeline runs on the CPU).</summary>
    public int BatchSize => Math.Min(Preset.BatchSize, 16);

    /// <summary>Longest MLM sequence: the preset's, at most 64 tokens (Bible verses are short; attention cost falls with it).</summary>
    public int SequenceLength => Math.Min(Preset.SequenceLength, 64);

    /// <summary>The MLM training settings of the pipeline: the preset's learning rate with <see cref="BatchSize"/>, <see cref="SequenceLength"/>, <paramref name="steps"/> and <paramref name="seed"/>.</summary>
    public MlmOptions MlmOptions(int steps, int seed) =>
        Pretrainer.DefaultOptions(Preset, seed) with { Steps = steps, BatchSize = BatchSize, SequenceLength = SequenceLength };

    /// <summary>Most subwords the vocabulary extension adds: half the preset's vocabulary (at least 50).</summary>
    public int MaxNewTokens => Math.Max(50, Preset.VocabularySize / 2);
}
