using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Morphology.Models;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Monolingual;

namespace LangExpand.Synthesis;

/// <summary>What <see cref="SynthesisTasks.Labelled"/> reads and writes.</summary>
/// <param name="SourceLanguage">The input's language.</param>
/// <param name="TargetLanguage">The language to synthesise.</param>
/// <param name="Lexicon">Lexicon TSV (source → target).</param>
/// <param name="Input">Source labelled data (CoNLL-U, token/tag TSV or JSONL); <c>-</c> for standard input.</param>
/// <param name="Output">Target data to write, in the input's format; <c>-</c> for standard output. Beside a file go the run
/// manifest (<c>Output + ".manifest.json"</c>) and, for TSV, the provenance sidecar (<c>Output + ".provenance.tsv"</c>).</param>
/// <param name="Paradigms">The target's paradigm table (any UniMorph/SIGMORPHON dialect), enabling re-inflection; null for none.</param>
/// <param name="Inflector">A model directory from <c>inflect train</c>, for cells the table lacks; null for none.</param>
/// <param name="Options">Choice policy and coverage threshold.</param>
/// <param name="Format">The input's format; null to tell it from the file name or the first line.</param>
/// <param name="SourceParadigms">The source's paradigm table, as an analyser for formats without lemmas (TSV, JSONL); null for none.</param>
public sealed record LabelledSynthesisJob(LanguageCode SourceLanguage, LanguageCode TargetLanguage, string Lexicon, string Input, string Output,
    string? Paradigms, string? Inflector, LabelledSynthesisOptions Options, LabelledFormat? Format = null, string? SourceParadigms = null)
{
    /// <summary>Model kinds besides the built-in ones that <see cref="Inflector"/> may be (such as the neural transducer).</summary>
    public IReadOnlyList<IInflectionModelKind> InflectorKinds { get; init; } = [];

    /// <summary>The resource files named.</summary>
    public SynthesisResourceFiles Resources => new(Lexicon, Paradigms, Inflector, SourceParadigms) { InflectorKinds = InflectorKinds };
}

/// <summary>What <see cref="SynthesisTasks.Monolingual"/> reads and writes.</summary>
/// <param name="SourceLanguage">The input's language.</param>
/// <param name="TargetLanguage">The language to synthesise.</param>
/// <param name="Resources">Lexicon, target paradigms, inflection model, source analyser.</param>
/// <param name="Input">Source text, one sentence per line; <c>-</c> for standard input (one shard only).</param>
/// <param name="Output">Target text to write; <c>-</c> for standard output. The run manifest goes beside a file.</param>
/// <param name="Options">Selection (k substituted words, coverage, dedupe, cap), choice policy and shard.</param>
public sealed record MonolingualSynthesisJob(LanguageCode SourceLanguage, LanguageCode TargetLanguage, SynthesisResourceFiles Resources,
    string Input, string Output, MonolingualOptions Options);

/// <summary>Standard input and output, for jobs whose input or output is <c>-</c>.</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output.</param>
public sealed record StandardStreams(Stream Input, TextWriter Output);

/// <summary>File-level synthesis jobs, one per CLI command.</summary>
public static class SynthesisTasks
{
    /// <summary>The manifest's file name suffix.</summary>
    public const string ManifestSuffix = ".manifest.json";

    /// <summary>The TSV provenance sidecar's file name suffix.</summary>
    public const string ProvenanceSuffix = ".provenance.tsv";

    /// <summary>
    /// Synthesises labelled target-language data from source data in the same format (CoNLL-U, token/tag TSV or
    /// MASSIVE JSONL) and writes it atomically, with a manifest (inputs and their SHA-256, languages, seed and choice
    /// policy, counts and coverage) beside it.
    /// </summary>
    public static SynthesisStatistics Labelled(LabelledSynthesisJob job, StandardStreams? console = null)
    {
        job.Options.Validate();
        RefuseOverwriting(job.Output, [job.Input, .. job.Resources.Files]);
        var resources = SynthesisResources.Load(job.Resources, job.Options.Reinflect);
        using var input = InputStream.Open(job.Input, console?.Input);
        var format = job.Format ?? (job.Input == "-" ? null : LabelledFormats.FromExtension(job.Input)) ?? LabelledFormats.FromContent(input.FirstLine, input.Name);
        var statistics = new SynthesisStatistics();
        switch (format)
        {
            case LabelledFormat.Conllu:
                var conllu = new ConlluSynthesizer(resources.Index, resources.ReInflector, job.Options);
                Write(job.Output, console, writer => conllu.Synthesize(ConlluReader.ReadViews(input, input.Name), writer, statistics));
                break;
            case LabelledFormat.Jsonl:
                var utterances = new UtteranceSynthesizer(resources.Text(), job.Options);
                Write(job.Output, console, writer => UtteranceFile.Write(utterances.Synthesize(UtteranceFile.Read(input, input.Name), statistics), writer));
                break;
            default:
                var tagged = new TaggedTokenSynthesizer(resources.Planner(oneToOne: false), resources.Analyser, job.Options);
                WriteTagged(job.Output, console, tagged, TaggedTokenFile.Read(input, input.Name), statistics);
                break;
        }
        WriteManifest(job.Output, job.Input, job.Resources, statistics, new JsonObject
        {
            ["command"] = "synth labelled",
            ["format"] = format.ToString().ToLowerInvariant(),
            ["source_language"] = job.SourceLanguage.Iso639_3,
            ["target_language"] = job.TargetLanguage.Iso639_3,
            ["choice"] = job.Options.Choice.Kind.ToString().ToLowerInvariant(),
            ["seed"] = job.Options.Choice.Seed,
            ["min_coverage"] = job.Options.MinCoverage,
            ["reinflect"] = job.Options.Reinflect,
        });
        return statistics;
    }

    /// <summary>
    /// Writes pseudo-monolingual target text from source text (one sentence per line): the sentences of this run's shard
    /// that meet the selection, atomically, with a manifest beside the file.
    /// </summary>
    public static SynthesisStatistics Monolingual(MonolingualSynthesisJob job, StandardStreams? console = null)
    {
        job.Options.Validate();
        RefuseOverwriting(job.Output, [job.Input, .. job.Resources.Files]);
        var shard = job.Options.Shard ?? Shard.Whole;
        if (shard.Count > 1 && job.Input == "-")
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "--shard needs an input file (it counts the lines to cut blocks), not standard input");
        }
        var resources = SynthesisResources.Load(job.Resources, job.Options.Reinflect);
        long? lines = shard.Count > 1 ? CountLines(job.Input) : null;
        using var input = InputStream.Open(job.Input, console?.Input);
        var statistics = new SynthesisStatistics();
        var synthesizer = new MonolingualSynthesizer(resources.Text(), job.Options);
        Write(job.Output, console, writer =>
        {
            foreach (var sentence in synthesizer.Synthesize(StrictTextReader.ReadLines(input, input.Name), lines, statistics))
            {
                writer.Write(sentence);
                writer.Write('\n');
            }
        });
        WriteManifest(job.Output, job.Input, job.Resources, statistics, new JsonObject
        {
            ["command"] = "synth mono",
            ["source_language"] = job.SourceLanguage.Iso639_3,
            ["target_language"] = job.TargetLanguage.Iso639_3,
            ["choice"] = job.Options.Choice.Kind.ToString().ToLowerInvariant(),
            ["seed"] = job.Options.Choice.Seed,
            ["min_substituted"] = job.Options.MinSubstituted,
            ["min_coverage"] = job.Options.MinCoverage,
            ["max_sentences"] = job.Options.MaxSentences == long.MaxValue ? null : job.Options.MaxSentences,
            ["dedupe"] = job.Options.Dedupe,
            ["shard"] = shard.ToString(),
            ["reinflect"] = job.Options.Reinflect,
        });
        return statistics;
    }

    private static void WriteTagged(string output, StandardStreams? console, TaggedTokenSynthesizer synthesizer, IEnumerable<TaggedSentence> sentences,
        SynthesisStatistics statistics)
    {
        if (output == "-")
        {
            Write(output, console, writer => TaggedTokenFile.Write(synthesizer.Synthesize(sentences, statistics), writer));
            return;
        }
        AtomicFile.WriteText(output + ProvenanceSuffix, sidecar =>
        {
            sidecar.Write(TaggedSubstitution.Header + "\n");
            AtomicFile.WriteText(output, writer => WithoutStaleManifest(output,
                () => TaggedTokenFile.Write(synthesizer.Synthesize(sentences, statistics, s => sidecar.Write(s + "\n")), writer)));
        });
    }

    private static void Write(string output, StandardStreams? console, Action<TextWriter> write)
    {
        if (output != "-")
        {
            AtomicFile.WriteText(output, writer => WithoutStaleManifest(output, () => write(writer)));
            return;
        }
        // Standard output flushes on every write: collect the many small writes into blocks.
        using var writer = new BufferedTextWriter(console?.Output ?? throw new LangExpandException(ErrorCode.InvalidOption, "'-' names standard output, which this caller has not given"));
        write(writer);
    }

    /// <summary>
    /// Runs <paramref name="write"/> (the whole output, not yet renamed into place), then deletes the earlier run's manifest,
    /// so that a kill between the data's rename and the new manifest leaves data without a manifest, never with one
    /// describing other data.
    /// </summary>
    private static void WithoutStaleManifest(string output, Action write)
    {
        write();
        File.Delete(output + ManifestSuffix);
    }

    private static void RefuseOverwriting(string output, IEnumerable<string> inputs) =>
        OutputPaths.RefuseOverwriting(output == "-" ? [] : [output, output + ManifestSuffix, output + ProvenanceSuffix], inputs);

    private static void WriteManifest(string output, string input, SynthesisResourceFiles resources, SynthesisStatistics statistics, JsonObject manifest)
    {
        if (output == "-")
        {
            return;
        }
        manifest["inputs"] = new JsonArray((input == "-" ? resources.Files : resources.Files.Prepend(input))
            .Select(path => (JsonNode)new JsonObject { ["path"] = Path.GetFileName(path), ["sha256"] = Sha256(path) }).ToArray());
        manifest["statistics"] = statistics.ToJson();
        AtomicFile.WriteAllText(output + ManifestSuffix, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static long CountLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var (lines, last) = (0L, (byte)'\n');
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
