using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.IO;
using LangExpand.Parallel.Verses;
using LangExpand.Pipeline.Running;
using LangExpand.Synthesis;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Monolingual;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>synth-mono</c>: pseudo-monolingual text of the new language, <c>synthetic/mono.txt</c> (and its <c>.manifest.json</c>;
/// see <c>langexpand synth mono</c>): the source side of the training verses (or <c>--mono-text</c>) translated through the
/// merged lexicon, re-inflected from the inflection table and model when the pack has them. Best translation, seeded;
/// sentences need 3 substituted words and half their words translated. With <c>--mono-synthetic</c> (the outputs of
/// <see cref="SynthesiseShard"/> concatenated in order) the step copies that text instead, byte for byte.
/// </summary>
public sealed class MonoSynthesisStep : IPipelineStep
{
    /// <summary>The pack path of the synthetic text.</summary>
    public const string Output = "synthetic/mono.txt";

    /// <inheritdoc />
    public string Name => "synth-mono";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        var source = request.MonoText is { } text ? StepInput.User("mono_text", text)
            : context.Produces(HoldOutStep.Train(request.Source)) ? StepInput.Pack(HoldOutStep.Train(request.Source)) : null;
        if (source is null || !context.Produces(MergeLexiconStep.Output))
        {
            return null;
        }
        var inputs = new List<StepInput> { source };
        inputs.AddRange(new[] { MergeLexiconStep.Output, InflectionDataStep.Output, InflectionModelStep.Output }.Where(context.Produces).Select(StepInput.Pack));
        var defaults = Options(request.Seed);
        var options = new Dictionary<string, string>
        {
            ["source"] = request.Source.Iso639_3, ["target"] = request.Language.Iso639_3, ["choice"] = "best",
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture),
            ["min_substituted"] = defaults.MinSubstituted.ToString(CultureInfo.InvariantCulture),
            ["min_coverage"] = defaults.MinCoverage.ToString(CultureInfo.InvariantCulture),
        };
        if (request.MonoSynthetic is { } synthetic)
        {
            inputs.Add(StepInput.User("mono_synthetic", synthetic));
            options["synthesis"] = "given";
        }
        return new StepPlan(inputs, options, [Output, Output + SynthesisTasks.ManifestSuffix]);
    }

    /// <summary>
    /// Writes shard <paramref name="shard"/> of this step's synthesis to <paramref name="output"/> (outside the pack's
    /// outputs), with exactly the inputs and options <see cref="Run"/> uses; <paramref name="run"/>'s staging holds scratch files.
    /// </summary>
    public static SynthesisStatistics SynthesiseShard(StepRun run, string output, Shard shard) => Synthesise(run, output, shard);

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        if (run.Context.Request.MonoSynthetic is not null)
        {
            return Copy(run);
        }
        run.Progress.Report("synthesising pseudo-monolingual text");
        var statistics = Synthesise(run, run.Output(Output), Shard.Whole);
        return new StepOutcome(new Dictionary<string, long>
        {
            ["sentences_in"] = statistics.SentencesIn, ["sentences_out"] = statistics.SentencesOut, ["words"] = statistics.Words, ["substituted"] = statistics.Substituted,
        }, new Dictionary<string, double> { ["coverage"] = Math.Round(100 * statistics.Coverage, 4) });
    }

    private static SynthesisStatistics Synthesise(StepRun run, string output, Shard shard)
    {
        var (context, request) = (run.Context, run.Context.Request);
        var input = request.MonoText is not null ? run.Input("mono_text") : SourceLines(run);
        var resources = new SynthesisResourceFiles(context.PackPath(MergeLexiconStep.Output),
            context.Produces(InflectionDataStep.Output) ? context.PackPath(InflectionDataStep.File(context, "trn")) : null,
            context.Produces(InflectionModelStep.Output) ? context.PackPath(InflectionModelStep.Output) : null, null) { InflectorKinds = request.InflectionKinds };
        return SynthesisTasks.Monolingual(new MonolingualSynthesisJob(request.Source, request.Language, resources, input, output, Options(request.Seed) with { Shard = shard }));
    }

    /// <summary>Copies the pre-synthesised text into the pack, with a manifest naming it and its SHA-256.</summary>
    private static StepOutcome Copy(StepRun run)
    {
        run.Progress.Report("copying the pre-synthesised text");
        var source = run.Input("mono_synthetic");
        var output = run.Output(Output);
        File.Copy(source, output);
        var sentences = StrictTextReader.ReadLines(output).LongCount();
        var manifest = new JsonObject
        {
            ["command"] = "synth mono (shards concatenated)",
            ["source_language"] = run.Context.Request.Source.Iso639_3,
            ["target_language"] = run.Context.Request.Language.Iso639_3,
            ["seed"] = run.Context.Request.Seed,
            ["input"] = new JsonObject { ["path"] = Path.GetFileName(source), ["sha256"] = ContentHash.File(source) },
            ["sentences_out"] = sentences,
        };
        AtomicFile.WriteAllText(output + SynthesisTasks.ManifestSuffix, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return StepOutcome.Of(new Dictionary<string, long> { ["sentences_out"] = sentences });
    }

    private static MonolingualOptions Options(int seed) => new(new ChoicePolicy(ChoiceKind.Best, seed, 1));

    /// <summary>The training verses' source side as plain text, one verse per line, in a scratch file.</summary>
    private static string SourceLines(StepRun run)
    {
        var path = run.Output(".work/source.txt");
        var verses = VerseTsvReader.Read(run.Input(HoldOutStep.Train(run.Context.Request.Source))).Verses;
        AtomicFile.WriteText(path, writer =>
        {
            foreach (var verse in verses.Where(v => v.Text.Length > 0))
            {
                writer.Write(verse.Text);
                writer.Write('\n');
            }
        });
        return path;
    }
}
