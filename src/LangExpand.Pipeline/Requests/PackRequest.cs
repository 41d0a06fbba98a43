using LangExpand.Core.Languages;
using LangExpand.Morphology.Models;

namespace LangExpand.Pipeline.Requests;

/// <summary>A validated <c>add-language</c> request: languages parsed, inputs checked (see <see cref="RequestValidator"/>).</summary>
/// <param name="Language">The new language.</param>
/// <param name="Source">The language the data comes from.</param>
/// <param name="Lexicons">Lexicons, highest priority first.</param>
/// <param name="UniMorph">Inflection data of the new language: a file or <c>apertium:PAIR</c>; null for none.</param>
/// <param name="Parallel">Parallel text, source side first.</param>
/// <param name="BaseModel">A pretrained encoder directory, recorded for the adaptation steps; null for none.</param>
/// <param name="TaskData">Labelled source-language CoNLL-U files.</param>
/// <param name="Output">The pack directory.</param>
/// <param name="Seed">The seed of every random choice.</param>
/// <param name="MaxTrain">Most inflection training examples.</param>
/// <param name="Force">Steps to redo.</param>
/// <param name="MonoText">Source text for pseudo-monolingual synthesis; null for the parallel text's source side.</param>
/// <param name="HeldOut">Verse pairs held out of every training input (the last ones both Bibles have).</param>
/// <param name="Adaptation">The encoder steps' settings; null with <c>--no-adapt</c>.</param>
public sealed record PackRequest(
    LanguageCode Language,
    LanguageCode Source,
    IReadOnlyList<LexiconSpec> Lexicons,
    string? UniMorph,
    IReadOnlyList<ParallelSpec> Parallel,
    string? BaseModel,
    IReadOnlyList<string> TaskData,
    string Output,
    int Seed,
    int MaxTrain,
    IReadOnlyList<string> Force,
    string? MonoText,
    int HeldOut,
    AdaptationRequest? Adaptation)
{
    /// <summary>Pseudo-monolingual target text synthesised beforehand (sharded), copied by <c>synth-mono</c>; null to synthesise.</summary>
    public string? MonoSynthetic { get; init; }

    /// <summary>Seeded sampled translations of each task-data file beside the best one (<c>--synth-samples</c>).</summary>
    public int SynthSamples { get; init; }

    /// <summary>False to leave translated lemmas as they are in <c>synth-labelled</c> (<c>--no-reinflect</c>).</summary>
    public bool Reinflect { get; init; } = true;

    /// <summary>Target-language gold CoNLL-U, only ever scored (<c>--target-test</c>); null for none.</summary>
    public string? TargetTest { get; init; }

    /// <summary>Target-language development CoNLL-U on which the task model's choices are made (<c>--target-dev</c>); null for none.</summary>
    public string? TargetDev { get; init; }

    /// <summary>Inflection models besides the built-in ones that the pack's steps may train and load (given by the caller, not the config).</summary>
    public IReadOnlyList<IInflectionModelKind> InflectionKinds { get; init; } = [];

    /// <summary>True when <see cref="UniMorph"/> names an installed Apertium pair.</summary>
    public bool UniMorphFromApertium => UniMorph?.StartsWith(LexiconSpec.ApertiumPrefix, StringComparison.Ordinal) == true;

    /// <summary>True when the parallel text is two Bibles (files or SWORD modules), joined by verse id.</summary>
    public bool ParallelBibles => Parallel.Count == 2 && Parallel.All(p => p.IsBible);
}
