using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Lexicons.Formats;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis;

/// <summary>What <see cref="SynthesisTasks.Labelled"/> reads and writes.</summary>
/// <param name="SourceLanguage">The input's language.</param>
/// <param name="TargetLanguage">The language to synthesise.</param>
/// <param name="Lexicon">Lexicon TSV (source → target).</param>
/// <param name="Input">Source CoNLL-U.</param>
/// <param name="Output">Target CoNLL-U to write; the run manifest goes to <c>Output + ".manifest.json"</c>.</param>
/// <param name="Paradigms">The target's paradigm table (any UniMorph/SIGMORPHON dialect), enabling re-inflection; null for none.</param>
/// <param name="Inflector">A model directory from <c>inflect train</c>, for cells the table lacks; null for none.</param>
/// <param name="Options">Choice policy and coverage threshold.</param>
public sealed record LabelledSynthesisJob(LanguageCode SourceLanguage, LanguageCode TargetLanguage, string Lexicon, string Input, string Output,
    string? Paradigms, string? Inflector, LabelledSynthesisOptions Options);

/// <summary>File-level synthesis jobs, one per CLI command.</summary>
public static class SynthesisTasks
{
    /// <summary>
    /// Synthesises labelled target-language CoNLL-U from source CoNLL-U and writes it atomically, with a manifest
    /// (inputs and their SHA-256, languages, seed and choice policy, counts and coverage) beside it.
    /// </summary>
    public static SynthesisStatistics Labelled(LabelledSynthesisJob job)
    {
        var index = new TranslationIndex(LexiconTsvReader.Read(job.Lexicon));
        var paradigms = job.Paradigms is null ? null : new TargetParadigms(InflectionReader.Read(job.Paradigms).Triples);
        var model = job.Inflector is null ? null : InflectionModels.Load(job.Inflector);
        var reInflector = paradigms is null ? null : new ReInflector(paradigms, model);
        var statistics = new SynthesisStatistics();
        var synthesizer = new ConlluSynthesizer(index, reInflector, job.Options);
        ConlluWriter.Write(synthesizer.Synthesize(ConlluReader.Read(job.Input), statistics), job.Output);
        AtomicFile.WriteAllText(job.Output + ".manifest.json", Manifest(job, statistics).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return statistics;
    }

    private static JsonObject Manifest(LabelledSynthesisJob job, SynthesisStatistics statistics) => new()
    {
        ["command"] = "synth labelled",
        ["source_language"] = job.SourceLanguage.Iso639_3,
        ["target_language"] = job.TargetLanguage.Iso639_3,
        ["choice"] = job.Options.Choice.Kind.ToString().ToLowerInvariant(),
        ["seed"] = job.Options.Choice.Seed,
        ["min_coverage"] = job.Options.MinCoverage,
        ["inputs"] = new JsonArray(new[] { job.Input, job.Lexicon, job.Paradigms, job.Inflector is null ? null : Path.Combine(job.Inflector, ModelDirectory.ConfigFile) }
            .OfType<string>().Select(path => (JsonNode)new JsonObject { ["path"] = Path.GetFileName(path), ["sha256"] = Sha256(path) }).ToArray()),
        ["statistics"] = statistics.ToJson(),
    };

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
