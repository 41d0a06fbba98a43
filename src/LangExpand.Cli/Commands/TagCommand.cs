using System.CommandLine;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Text;
using LangExpand.Tagging;
using LangExpand.Tagging.Projection;
using LangExpand.Tagging.Scoring;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand tag train|predict|score|project</c>: cheap peer taggers for UPOS and UFeats, and UPOS projection.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "Train, run and score cheap UPOS/UFeats taggers (lookup, averaged perceptron) on CoNLL-U");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Predict());
        command.Subcommands.Add(Score());
        command.Subcommands.Add(Project());
        return command;
    }

    private static Command Train()
    {
        var train = new Option<string[]>("--train") { Description = "Training CoNLL-U file (repeat for several)", Required = true };
        var model = new Option<PeerTaggerKind>("--model") { Description = "Tagger to train: lookup or perceptron", DefaultValueFactory = _ => PeerTaggerKind.Perceptron };
        var epochs = CommonOptions.AtLeast(new Option<int>("--epochs") { Description = "Perceptron: passes over the data", DefaultValueFactory = _ => PeerTaggerOptions.DefaultEpochs }, 1);
        var seed = new Option<int>("--seed") { Description = "Perceptron: seed of the sentence order", DefaultValueFactory = _ => PeerTaggerOptions.DefaultSeed };
        var output = CommonOptions.RequiredPath("--out", "Model directory to write");
        var command = new Command("train", "Train a peer tagger of joint UPOS|FEATS labels and save it as a model directory") { train, model, epochs, seed, output };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var summary = TaggingTasks.Train(parse.GetValue(train)!, parse.GetValue(model), new PeerTaggerOptions(parse.GetValue(epochs), parse.GetValue(seed)), parse.GetValue(output)!);
            stdout.WriteLine($"trained {parse.GetValue(model).ToString().ToLowerInvariant()} on {summary.Sentences} sentences ({summary.Words} words) in {summary.Seconds:F2}s -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Predict()
    {
        var model = CommonOptions.RequiredPath("--model", "Model directory written by 'tag train'");
        var input = CommonOptions.RequiredPath("--in", "CoNLL-U file to tag");
        var output = CommonOptions.RequiredPath("--out", "CoNLL-U file to write: the input with UPOS and FEATS predicted, everything else kept");
        var command = new Command("predict", "Fill the UPOS and FEATS columns of a CoNLL-U file") { model, input, output };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var words = TaggingTasks.Predict(parse.GetValue(model)!, parse.GetValue(input)!, parse.GetValue(output)!);
            stdout.WriteLine($"tagged {words} words -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Score()
    {
        var gold = CommonOptions.RequiredPath("--gold", "Gold CoNLL-U file");
        var test = CommonOptions.RequiredPath("--test", "Tagged CoNLL-U file with the same words");
        var json = CommonOptions.Json();
        var command = new Command("score", "UPOS and UFeats accuracy (whole FEATS string) of a tagged CoNLL-U file") { gold, test, json };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var score = TaggingScorer.Score(parse.GetValue(gold)!, parse.GetValue(test)!);
            stdout.Write(parse.GetValue(json) ? score.ToJson().ToJsonString() + "\n" : score.ToString());
        }));
        return command;
    }

    private static Command Project()
    {
        var sourceData = new Option<string[]>("--source-data") { Description = "Source-language CoNLL-U whose UPOS trains the source tagger (repeat for several)", Required = true };
        var parallel = new Option<string[]>("--parallel")
        {
            Description = "Parallel text, source first: SRC TGT (verse-tsv, ces, moses) or one FILE (tsv, pipes, tmx)", Required = true,
            AllowMultipleArgumentsPerToken = true, Arity = new ArgumentArity(1, 2),
        };
        var format = new Option<string?>("--format") { Description = $"Parallel format, detected when omitted: {string.Join(", ", ParallelFormatNames.All)}" };
        var sourceLanguage = new Option<string?>("--src-lang") { Description = "Source language (ISO 639 code or name); TMX needs it, Bible headers are checked against it" };
        var targetLanguage = new Option<string?>("--tgt-lang") { Description = "Target language (ISO 639 code or name)" };
        format.AcceptOnlyFromAmong([.. ParallelFormatNames.All]);
        var defaults = new ProjectionOptions();
        var minLabelled = new Option<double>("--min-labelled") { Description = "Keep a target sentence when at least this share (0-1) of its words is labelled", DefaultValueFactory = _ => defaults.MinLabelledShare };
        var seed = new Option<int>("--seed") { Description = "Seed of the source tagger", DefaultValueFactory = _ => PeerTaggerOptions.DefaultSeed };
        var output = CommonOptions.RequiredPath("--out", "CoNLL-U file to write: target sentences with projected UPOS (MISC Labelled=Upos; UPOS _ where none)");
        var command = new Command("project", "Project UPOS from a source-language tagger onto the target side of word-aligned parallel text")
        {
            sourceData, parallel, format, sourceLanguage, targetLanguage, minLabelled, seed, output,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var options = defaults with { MinLabelledShare = parse.GetValue(minLabelled), Seed = parse.GetValue(seed) };
            var chosen = parse.GetValue(format) is { } name ? ParallelFormatNames.Parse(name) : (ParallelFormat?)null;
            var summary = TagProjection.ProjectFiles(parse.GetValue(sourceData)!, parse.GetValue(parallel)!, parse.GetValue(output)!, options, chosen,
                Language(parse.GetValue(sourceLanguage)), Language(parse.GetValue(targetLanguage)));
            stdout.WriteLine($"projected {summary.Labelled} of {summary.Words} words in {summary.Sentences} of {summary.Pairs} sentences in {summary.Seconds:F1}s -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static LanguageCode? Language(string? text) => text is null ? null : LanguageCode.Parse(text);
}
