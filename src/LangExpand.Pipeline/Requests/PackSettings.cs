namespace LangExpand.Pipeline.Requests;

/// <summary>
/// The settings of <c>langexpand add-language</c> as written (command line or YAML config), before validation. Every
/// field is optional here; <see cref="Merge"/> lets the command line override a config file.
/// </summary>
public sealed record PackSettings
{
    /// <summary>The new language (ISO 639 code or name).</summary>
    public string? Language { get; init; }

    /// <summary>The source language the data comes from (<c>--from</c>).</summary>
    public string? From { get; init; }

    /// <summary>Lexicons: <c>apertium:PAIR</c> or <c>[reverse:][FORMAT:]FILE</c> (see <see cref="LexiconSpec"/>).</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = [];

    /// <summary>Inflection data of the new language: a UniMorph/SIGMORPHON file or <c>apertium:PAIR</c> (the pair's generator).</summary>
    public string? UniMorph { get; init; }

    /// <summary>Parallel text, source side first: files, or <c>sword:MODULE</c> Bibles exported with diatheke.</summary>
    public IReadOnlyList<string> Parallel { get; init; } = [];

    /// <summary>A pretrained encoder directory (Hugging Face layout) for the adaptation steps.</summary>
    public string? BaseModel { get; init; }

    /// <summary>Labelled task data in the source language (CoNLL-U).</summary>
    public IReadOnlyList<string> TaskData { get; init; } = [];

    /// <summary>The pack directory (default <c>packs/&lt;iso&gt;</c>).</summary>
    public string? Out { get; init; }

    /// <summary>The seed of every random choice (default 1).</summary>
    public int? Seed { get; init; }

    /// <summary>Most inflection training examples (default 10,000; dev and test get a tenth each).</summary>
    public int? MaxTrain { get; init; }

    /// <summary>Source-language text (one sentence per line) for <c>synth-mono</c> instead of the parallel text's source side.</summary>
    public string? MonoText { get; init; }

    /// <summary>
    /// Pseudo-monolingual target text already synthesised (the <c>synth mono --shard</c> outputs of this pack, concatenated):
    /// <c>synth-mono</c> copies it into the pack instead of synthesising.
    /// </summary>
    public string? MonoSynthetic { get; init; }

    /// <summary>Shards of <c>synth-mono</c> in a <c>langexpand plan</c> script (default 1: no sharding); add-language itself ignores it.</summary>
    public int? MonoShards { get; init; }

    /// <summary>Target-language UD CoNLL-U: POS transfer (fine-tuned on <see cref="TaskData"/>, scored here) before and after adaptation.</summary>
    public string? TargetUd { get; init; }

    /// <summary>Pretraining preset of the base model when none is given (<c>tiny</c> or <c>small</c>; default small).</summary>
    public string? Preset { get; init; }

    /// <summary>Pretraining steps of the base model (default <see cref="AdaptationRequest.DefaultPretrainSteps"/>).</summary>
    public int? PretrainSteps { get; init; }

    /// <summary>Continued MLM steps on the new language (default <see cref="AdaptationRequest.DefaultAdaptSteps"/>).</summary>
    public int? AdaptSteps { get; init; }

    /// <summary>Fine-tuning steps of the POS tagger in the evaluation (default <see cref="AdaptationRequest.DefaultPosSteps"/>).</summary>
    public int? PosSteps { get; init; }

    /// <summary>Verse pairs held out of every training input for retrieval (default <see cref="AdaptationRequest.DefaultHeldOut"/>).</summary>
    public int? HeldOut { get; init; }

    /// <summary>True to skip the encoder (torch) steps.</summary>
    public bool? NoAdapt { get; init; }

    /// <summary>Steps to redo even when their inputs are unchanged (with everything downstream of them).</summary>
    public IReadOnlyList<string> Force { get; init; } = [];

    /// <summary>These settings with every field that <paramref name="overrides"/> sets replaced by its value.</summary>
    public PackSettings Merge(PackSettings overrides) => new()
    {
        Language = overrides.Language ?? Language,
        From = overrides.From ?? From,
        Lexicons = overrides.Lexicons.Count > 0 ? overrides.Lexicons : Lexicons,
        UniMorph = overrides.UniMorph ?? UniMorph,
        Parallel = overrides.Parallel.Count > 0 ? overrides.Parallel : Parallel,
        BaseModel = overrides.BaseModel ?? BaseModel,
        TaskData = overrides.TaskData.Count > 0 ? overrides.TaskData : TaskData,
        Out = overrides.Out ?? Out,
        Seed = overrides.Seed ?? Seed,
        MaxTrain = overrides.MaxTrain ?? MaxTrain,
        MonoText = overrides.MonoText ?? MonoText,
        MonoSynthetic = overrides.MonoSynthetic ?? MonoSynthetic,
        MonoShards = overrides.MonoShards ?? MonoShards,
        TargetUd = overrides.TargetUd ?? TargetUd,
        Preset = overrides.Preset ?? Preset,
        PretrainSteps = overrides.PretrainSteps ?? PretrainSteps,
        AdaptSteps = overrides.AdaptSteps ?? AdaptSteps,
        PosSteps = overrides.PosSteps ?? PosSteps,
        HeldOut = overrides.HeldOut ?? HeldOut,
        NoAdapt = overrides.NoAdapt ?? NoAdapt,
        Force = overrides.Force.Count > 0 ? overrides.Force : Force,
    };
}
