using LangExpand.Core.IO;
using LangExpand.Lexicons.Formats;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;
using LangExpand.Synthesis.Analysis;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis;

/// <summary>The files a synthesis run reads besides its input.</summary>
/// <param name="Lexicon">Lexicon TSV (source → target).</param>
/// <param name="Paradigms">The target's paradigm table (any UniMorph/SIGMORPHON dialect), enabling re-inflection; null for none.</param>
/// <param name="Inflector">A model directory from <c>inflect train</c>, for cells the table lacks; null for none.</param>
/// <param name="SourceParadigms">The source's paradigm table, used as an analyser (form → lemma + features) for input without lemmas; null for none.</param>
public sealed record SynthesisResourceFiles(string Lexicon, string? Paradigms = null, string? Inflector = null, string? SourceParadigms = null)
{
    /// <summary>Model kinds besides the built-in ones that <see cref="Inflector"/> may be (such as the neural transducer).</summary>
    public IReadOnlyList<IInflectionModelKind> InflectorKinds { get; init; } = [];

    /// <summary>Every file named, for the manifest (a model directory is represented by its config.json).</summary>
    public IEnumerable<string> Files => new[] { Lexicon, Paradigms, Inflector is null ? null : Path.Combine(Inflector, ModelDirectory.ConfigFile), SourceParadigms }.OfType<string>();
}

/// <summary>The lexicon index, re-inflector and source analyser a run uses, loaded from <see cref="SynthesisResourceFiles"/>.</summary>
/// <param name="Index">The lexicon, indexed.</param>
/// <param name="ReInflector">Target paradigms (+ model), or null.</param>
/// <param name="Analyser">Source analyser, or null.</param>
public sealed record SynthesisResources(TranslationIndex Index, ReInflector? ReInflector, SourceAnalyser? Analyser)
{
    /// <summary>
    /// Loads every file (errors name the file and line). With <paramref name="reinflect"/> false, translated lemmas are
    /// written as the lexicon has them (<see cref="ReInflector.Off"/>), with or without a paradigm table.
    /// </summary>
    public static SynthesisResources Load(SynthesisResourceFiles files, bool reinflect = true)
    {
        var index = new TranslationIndex(LexiconTsvReader.Read(files.Lexicon));
        var model = files.Inflector is null ? null : InflectionModels.Load(files.Inflector, files.InflectorKinds);
        var paradigms = files.Paradigms is null ? null : new TargetParadigms(InflectionReader.Read(files.Paradigms).Triples);
        var reInflector = !reinflect ? ReInflector.Off() : paradigms is null ? null : new ReInflector(paradigms, model);
        var analyser = files.SourceParadigms is null ? null : new SourceAnalyser(InflectionReader.Read(files.SourceParadigms).Triples);
        return new SynthesisResources(index, reInflector, analyser);
    }

    /// <summary>A planner over these resources.</summary>
    public SubstitutionPlanner Planner(bool oneToOne) => new(Index, ReInflector, oneToOne);

    /// <summary>A running-text synthesizer over these resources.</summary>
    public TextSynthesizer Text() => new(Planner(oneToOne: false), Analyser);
}
