using System.CommandLine;
using LangExpand.Pipeline;
using LangExpand.Pipeline.Encoders;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Requests;
using LangExpand.Synthesis.Monolingual;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand add-language</c>: one command from raw resources to a language pack.</summary>
internal static class AddLanguageCommand
{
    public static Command Create()
    {
        var language = new Argument<string?>("iso") { Description = "The new language (ISO 639 code or name); or 'language:' in --config", Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<string?>("--from") { Description = "The language the data comes from (ISO 639 code)" };
        var lexicon = new Option<string[]>("--lexicon") { Description = "apertium:PAIR (e.g. apertium:eng-spa) or [reverse:][tsv|muse|apertium-dix|apertium-att:]FILE; repeatable, first wins ties", AllowMultipleArgumentsPerToken = true };
        var unimorph = new Option<string?>("--unimorph") { Description = "Inflection table of the new language (UniMorph/SIGMORPHON file) or apertium:PAIR (the pair's generator)" };
        var parallel = new Option<string[]>("--parallel") { Description = "Parallel text, source side first: one or two files, or sword:MODULE Bibles (diatheke)", AllowMultipleArgumentsPerToken = true };
        var baseModel = new Option<string?>("--base-model") { Description = "Pretrained encoder directory (Hugging Face layout), for adaptation" };
        var taskData = new Option<string[]>("--task-data") { Description = "Labelled source-language CoNLL-U to synthesise from; repeatable", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Pack directory (default packs/ISO)" };
        var config = new Option<string?>("--config") { Description = "YAML file with the same fields (snake_case); the command line overrides it" };
        var force = new Option<string[]>("--force") { Description = $"Redo this step and every step after it that reads its outputs: {string.Join(", ", EncoderSteps.Pipeline.Select(s => s.Name))}" };
        var json = new Option<bool>("--json") { Description = "Progress as JSON lines on stderr" };
        var seed = new Option<int?>("--seed") { Description = "Seed of every random choice (default 1)" };
        var maxTrain = new Option<int?>("--max-train") { Description = "Most inflection training examples (default 10000)" };
        var monoText = new Option<string?>("--mono-text") { Description = "Source-language text (one sentence per line) for synth-mono instead of the parallel text's source side" };
        var monoSynthetic = new Option<string?>("--mono-synthetic") { Description = "Pseudo-monolingual text synthesised beforehand (the --mono-shard outputs concatenated in order): synth-mono copies it" };
        var monoShard = new Option<string?>("--mono-shard") { Description = "K/N: only write shard K of N of synth-mono to PACK/.shards/mono-K-of-N.txt (after --stop-before synth-mono)" };
        var stopBefore = new Option<string?>("--stop-before") { Description = "Run only the steps before this one (e.g. synth-mono, to shard it)" };
        var targetUd = new Option<string?>("--target-ud") { Description = "Target-language UD CoNLL-U: POS transfer from the first --task-data file, before vs after adaptation" };
        var preset = new Option<string?>("--preset") { Description = $"Base model pretrained when no --base-model: tiny or small (default {AdaptationRequest.DefaultPreset})" };
        var pretrainSteps = new Option<int?>("--pretrain-steps") { Description = $"Pretraining steps of the base model (default {AdaptationRequest.DefaultPretrainSteps})" };
        var adaptSteps = new Option<int?>("--adapt-steps") { Description = $"Continued MLM steps on the new language (default {AdaptationRequest.DefaultAdaptSteps})" };
        var posSteps = new Option<int?>("--pos-steps") { Description = $"Fine-tuning steps of the POS tagger in the evaluation (default {AdaptationRequest.DefaultPosSteps})" };
        var heldOut = new Option<int?>("--heldout") { Description = $"Verse pairs held out of all training for retrieval (default {AdaptationRequest.DefaultHeldOut}, at most half)" };
        var noAdapt = new Option<bool>("--no-adapt") { Description = "Skip the encoder steps (base-model, extend-vocab, adapt-mlm, evaluate)" };
        var command = new Command("add-language", "Build (or resume) a language pack: lexicon, inflection model, synthetic data, adapted encoder, manifest.yaml and report.md")
        {
            language, from, lexicon, unimorph, parallel, baseModel, taskData, output, config, force, json, seed, maxTrain,
            monoText, monoSynthetic, monoShard, stopBefore, targetUd, preset, pretrainSteps, adaptSteps, posSteps, heldOut, noAdapt,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var settings = new PackSettings
            {
                Language = parse.GetValue(language), From = parse.GetValue(from), Lexicons = parse.GetValue(lexicon) ?? [], UniMorph = parse.GetValue(unimorph),
                Parallel = parse.GetValue(parallel) ?? [], BaseModel = parse.GetValue(baseModel), TaskData = parse.GetValue(taskData) ?? [], Out = parse.GetValue(output),
                Seed = parse.GetValue(seed), MaxTrain = parse.GetValue(maxTrain), Force = parse.GetValue(force) ?? [],
                MonoText = parse.GetValue(monoText), MonoSynthetic = parse.GetValue(monoSynthetic), TargetUd = parse.GetValue(targetUd), Preset = parse.GetValue(preset), PretrainSteps = parse.GetValue(pretrainSteps),
                AdaptSteps = parse.GetValue(adaptSteps), PosSteps = parse.GetValue(posSteps), HeldOut = parse.GetValue(heldOut), NoAdapt = parse.GetValue(noAdapt) ? true : null,
            };
            if (parse.GetValue(config) is { } file)
            {
                settings = PackSettingsYaml.Read(file).Merge(settings);
            }
            if (parse.GetValue(monoShard) is { } shard)
            {
                stdout.WriteLine($"shard:  {LanguagePacks.SynthesiseMonoShard(settings, Shard.Parse(shard, "--mono-shard"), EncoderSteps.Pipeline, NeuralOptions.Defaults())}");
                return;
            }
            var error = parse.InvocationConfiguration.Error;
            var summary = Run(error, parse.GetValue(json), progress => LanguagePacks.Add(settings, progress, EncoderSteps.Pipeline, NeuralOptions.Defaults(), parse.GetValue(stopBefore)));
            stdout.WriteLine($"pack:   {summary.PackDirectory}");
            stdout.WriteLine($"report: {Path.Combine(summary.PackDirectory, PackLayout.Report)}");
        }));
        return command;
    }

    private static PackSummary Run(TextWriter error, bool json, Func<IPipelineProgress, PackSummary> job) =>
        json ? job(new JsonPipelineProgress(error))
        : ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? SpectrePipelineProgress.Run(job)
        : job(new PlainPipelineProgress(error));
}
