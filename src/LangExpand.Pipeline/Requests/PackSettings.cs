namespace LangExpand.Pipeline.Requests;

/// <summary>
/// The settings of <c>langexpand add-language</c> as written (command line or YAML config), before validation. Every
/// field is optional here. Each field's <see cref="SettingAttribute"/> is its only description: the command-line options,
/// the YAML keys, <see cref="Merge"/>, <c>plan</c>'s command lines and the settings table in <c>docs/cli/add-language.md</c>
/// are all derived from it (<see cref="PackSettingsSchema"/>).
/// </summary>
public sealed record PackSettings
{
    /// <summary>The new language (ISO 639 code or name).</summary>
    [Setting("language", "The new language (ISO 639 code or name)", IsArgument = true, Planned = false)]
    public string? Language { get; init; }

    /// <summary>The source language the data comes from (<c>--from</c>).</summary>
    [Setting("from", "The language the data comes from (ISO 639 code)", Planned = false)]
    public string? From { get; init; }

    /// <summary>Lexicons: <c>apertium:PAIR</c> or <c>[reverse:][FORMAT:]FILE</c> (see <see cref="LexiconSpec"/>).</summary>
    [Setting("lexicon", "apertium:PAIR (e.g. apertium:eng-spa) or [reverse:][tsv|muse|apertium-dix|apertium-att:]FILE; repeatable, first wins ties", IsPath = true)]
    public IReadOnlyList<string> Lexicons { get; init; } = [];

    /// <summary>Inflection data of the new language: a UniMorph/SIGMORPHON file or <c>apertium:PAIR</c> (the pair's generator).</summary>
    [Setting("unimorph", "Inflection table of the new language (UniMorph/SIGMORPHON file) or apertium:PAIR (the pair's generator)", IsPath = true)]
    public string? UniMorph { get; init; }

    /// <summary>Parallel text, source side first: files, or <c>sword:MODULE</c> Bibles exported with diatheke.</summary>
    [Setting("parallel", "Parallel text, source side first: one or two files, or sword:MODULE Bibles (diatheke)", IsPath = true)]
    public IReadOnlyList<string> Parallel { get; init; } = [];

    /// <summary>A pretrained encoder directory (Hugging Face layout) for the adaptation steps.</summary>
    [Setting("base_model", "Pretrained encoder directory (Hugging Face layout), for adaptation", IsPath = true)]
    public string? BaseModel { get; init; }

    /// <summary>Labelled task data in the source language (CoNLL-U).</summary>
    [Setting("task_data", "Labelled source-language CoNLL-U to synthesise from; repeatable", IsPath = true)]
    public IReadOnlyList<string> TaskData { get; init; } = [];

    /// <summary>The pack directory (default <c>packs/&lt;iso&gt;</c>).</summary>
    [Setting("out", "Pack directory", Default = "packs/ISO", IsPath = true)]
    public string? Out { get; init; }

    /// <summary>The seed of every random choice (default 1).</summary>
    [Setting("seed", "Seed of every random choice", Default = 1)]
    public int? Seed { get; init; }

    /// <summary>Most inflection training examples (default <see cref="RequestValidator.DefaultMaxTrain"/>; dev and test get a tenth each).</summary>
    [Setting("max_train", "Most inflection training examples (dev and test get a tenth each)", Default = RequestValidator.DefaultMaxTrain)]
    public int? MaxTrain { get; init; }

    /// <summary>Source-language text (one sentence per line) for <c>synth-mono</c> instead of the parallel text's source side.</summary>
    [Setting("mono_text", "Source-language text (one sentence per line) for synth-mono instead of the parallel text's source side", IsPath = true)]
    public string? MonoText { get; init; }

    /// <summary>
    /// Pseudo-monolingual target text already synthesised (the <c>synth mono --shard</c> outputs of this pack, concatenated):
    /// <c>synth-mono</c> copies it into the pack instead of synthesising.
    /// </summary>
    [Setting("mono_synthetic", "Pseudo-monolingual text synthesised beforehand (the --mono-shard outputs concatenated in order): synth-mono copies it", IsPath = true)]
    public string? MonoSynthetic { get; init; }

    /// <summary>Shards of <c>synth-mono</c> in a <c>langexpand plan</c> script (default 1: no sharding); add-language itself ignores it.</summary>
    [Setting("mono_shards", "Shards of synth-mono in a plan script (plan lists and configs only)", Default = 1, OnCommandLine = false, Planned = false)]
    public int? MonoShards { get; init; }

    /// <summary>Seeded sampled translations of each task-data file written beside the best one (default <see cref="RequestValidator.DefaultSynthSamples"/>).</summary>
    [Setting("synth_samples", "Sampled translations of each --task-data file that synth-labelled writes beside the best one (seeded; more target words for the task model and the peers; 0 for the best only)", Default = RequestValidator.DefaultSynthSamples)]
    public int? SynthSamples { get; init; }

    /// <summary>True to write translated lemmas as they are in the synthetic labelled data (no re-inflection; FEATS stay the source's).</summary>
    [Setting("no_reinflect", "synth-labelled writes translated lemmas as the lexicon has them and keeps the source FEATS, to measure what re-inflection is worth")]
    public bool? NoReinflect { get; init; }

    /// <summary>Target-language UD CoNLL-U: POS transfer (fine-tuned on <see cref="TaskData"/>, scored here) before and after adaptation.</summary>
    [Setting("target_ud", "Target-language UD CoNLL-U: POS transfer from the first --task-data file, before vs after adaptation", IsPath = true)]
    public string? TargetUd { get; init; }

    /// <summary>Target-language gold CoNLL-U: every task-model stage and the peers are scored on it, and nothing is chosen on it.</summary>
    [Setting("target_test", "Target-language gold CoNLL-U, only ever scored: every task-model stage and the peer taggers (task/evaluation.json)", IsPath = true)]
    public string? TargetTest { get; init; }

    /// <summary>Target-language development CoNLL-U: the task model's teacher and final stage are chosen on it.</summary>
    [Setting("target_dev", "Target-language development CoNLL-U: the task model's teacher and final stage are chosen on it", IsPath = true)]
    public string? TargetDev { get; init; }

    /// <summary>Pretraining preset of the base model when none is given (<c>tiny</c> or <c>small</c>; default small).</summary>
    [Setting("preset", "Base model pretrained when no --base-model: tiny or small", Default = AdaptationRequest.DefaultPreset)]
    public string? Preset { get; init; }

    /// <summary>Pretraining steps of the base model (default <see cref="AdaptationRequest.DefaultPretrainSteps"/>).</summary>
    [Setting("pretrain_steps", "Pretraining steps of the base model", Default = AdaptationRequest.DefaultPretrainSteps)]
    public int? PretrainSteps { get; init; }

    /// <summary>Continued MLM steps on the new language (default <see cref="AdaptationRequest.DefaultAdaptSteps"/>).</summary>
    [Setting("adapt_steps", "Continued MLM steps on the new language", Default = AdaptationRequest.DefaultAdaptSteps)]
    public int? AdaptSteps { get; init; }

    /// <summary>Fine-tuning steps of the POS tagger in the evaluation (default <see cref="AdaptationRequest.DefaultPosSteps"/>).</summary>
    [Setting("pos_steps", "Fine-tuning steps of the POS tagger in the evaluation", Default = AdaptationRequest.DefaultPosSteps)]
    public int? PosSteps { get; init; }

    /// <summary>Fine-tuning steps of each task-model stage (default <see cref="AdaptationRequest.DefaultTaskSteps"/>).</summary>
    [Setting("task_steps", "Fine-tuning steps of each task-model stage (UPOS|FEATS tagger)", Default = AdaptationRequest.DefaultTaskSteps)]
    public int? TaskSteps { get; init; }

    /// <summary>Verse pairs held out of every training input for retrieval (default <see cref="AdaptationRequest.DefaultHeldOut"/>).</summary>
    [Setting("heldout", "Verse pairs held out of all training for retrieval (at most half)", Default = AdaptationRequest.DefaultHeldOut)]
    public int? HeldOut { get; init; }

    /// <summary>Where the encoder steps run (<c>auto</c>: a CUDA GPU when present, else the CPU).</summary>
    [Setting("device", "Device of the encoder steps: auto (a CUDA GPU when present, else the CPU), cpu, cuda or cuda:N; CPU runs are byte-identical on rerun", Default = AdaptationRequest.DefaultDevice)]
    public string? Device { get; init; }

    /// <summary>True to skip the encoder (torch) steps.</summary>
    [Setting("no_adapt", "Skip the encoder steps (base-model, extend-vocab, adapt-mlm, evaluate, task-finetune, task-distil, task-evaluate)")]
    public bool? NoAdapt { get; init; }

    /// <summary>Steps to redo even when their inputs are unchanged (with everything downstream of them).</summary>
    [Setting("force", "Redo these steps and every later step that reads their outputs", Planned = false)]
    public IReadOnlyList<string> Force { get; init; } = [];

    /// <summary>These settings with every field that <paramref name="overrides"/> sets replaced by its value.</summary>
    public PackSettings Merge(PackSettings overrides) => PackSettingsSchema.Merge(this, overrides);
}
