using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class AdaptPredictCommandTests
{
    private const string Treebank = """
        # sent_id = 1
        # text = wake me up
        1	wake	wake	VERB	_	Mood=Imp	0	root	_	_
        2	me	I	PRON	_	_	1	obj	_	_
        3	up	up	ADP	_	_	1	compound:prt	_	SpaceAfter=No

        # sent_id = 2
        1-2	playme	_	_	_	_	_	_	_	_
        1	play	play	VERB	_	_	0	root	_	_
        2	me	I	PRON	_	_	1	obj	_	_
        2.1	music	music	NOUN	_	_	_	_	1:obj	_
        3	music	music	NOUN	_	Number=Sing	1	obj	_	_


        """;

    private static string Finetune(ScratchDirectory scratch, string train)
    {
        var classifier = scratch.Path("classifier");
        var (exit, _, error) = CliRunner.Run("adapt", "finetune", "--model", AdaptFinetuneCommandTests.TinyModel(scratch), "--train", train, "--test", train,
            "--out", classifier, "--steps", "3", "--batch", "4", "--threads", "1");
        Assert.True(exit == 0, error);
        return classifier;
    }

    private static (int ExitCode, string Output, string Error) Predict(string model, string input, string output) =>
        CliRunner.Run("adapt", "predict", "--model", model, "--in", input, "--out", output, "--threads", "1");

    [Fact]
    public void A_features_tagger_with_mean_pooling_fills_UPOS_and_FEATS_and_records_its_pooling()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.conllu", Treebank);
        var classifier = scratch.Path("tagger");
        var (trained, json, trainError) = CliRunner.Run("adapt", "finetune", "--model", AdaptFinetuneCommandTests.TinyModel(scratch), "--train", input, "--test", input,
            "--out", classifier, "--steps", "3", "--batch", "4", "--threads", "1", "--features", "--word-pooling", "mean", "--json");
        Assert.True(trained == 0, trainError);
        Assert.InRange(JsonNode.Parse(json)!["ufeats_accuracy"]!.GetValue<double>(), 0, 1);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(classifier, "config.json")))!;
        Assert.Equal("mean", config["word_pooling"]!.GetValue<string>());
        Assert.True(MorphoLabel.AreJoint([.. config["id2label"]!.AsObject().Select(p => p.Value!.GetValue<string>())]));
        var output = scratch.Path("out.conllu");

        var (exit, _, error) = Predict(classifier, input, output);

        Assert.True(exit == 0, error);
        var words = ConlluReader.Read(output).SelectMany(s => s.Words).ToList();
        var labels = config["id2label"]!.AsObject().Select(p => p.Value!.GetValue<string>()).ToHashSet();
        Assert.All(words, w => Assert.Contains(MorphoLabel.Compose(w.Upos, w.Feats), labels));
    }

    [Fact]
    public void Predicting_CoNLL_U_rewrites_only_the_UPOS_column()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.conllu", Treebank);
        var model = Finetune(scratch, input);
        var output = scratch.Path("out.conllu");

        var (exit, stdout, error) = Predict(model, input, output);

        Assert.True(exit == 0, error);
        Assert.Contains("predicted the labels of 6 words", stdout);
        var (before, after) = (File.ReadAllText(input).Split('\n'), File.ReadAllText(output).Split('\n'));
        Assert.Equal(before.Length, after.Length);
        foreach (var (original, predicted) in before.Zip(after))
        {
            var (columns, changed) = (original.Split('\t'), predicted.Split('\t'));
            var isWord = columns.Length == 10 && int.TryParse(columns[0], out _);
            Assert.Equal(original, isWord ? string.Join('\t', changed.Select((c, i) => i == ConlluLine.UposColumn ? columns[i] : c)) : predicted);
            Assert.True(!isWord || changed[ConlluLine.UposColumn] is "VERB" or "PRON" or "ADP" or "NOUN", predicted);
        }
    }

    [Fact]
    public void Predicting_JSONL_sets_the_intent_and_keeps_the_other_fields()
    {
        using var scratch = new ScratchDirectory();
        var model = Finetune(scratch, AdaptFinetuneCommandTests.Utterances(scratch, "train.jsonl"));
        var input = scratch.Write("in.jsonl", """
            {"id": "7", "locale": "xx-XX", "utt": "wake me up at five", "annot_utt": "wake me up at [time : five]", "extra": {"a": [1, 2]}}
            {"id": "8", "utt": "play some music", "annot_utt": "play some music", "intent": "unknown_intent"}

            """);
        var output = scratch.Path("out.jsonl");

        var (exit, stdout, error) = Predict(model, input, output);

        Assert.True(exit == 0, error);
        Assert.Contains("predicted the intents of 2 utterances", stdout);
        var before = File.ReadAllLines(input).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var after = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(2, after.Count);
        foreach (var (original, predicted) in before.Zip(after))
        {
            Assert.Contains(predicted["intent"]!.GetValue<string>(), new[] { "alarm_set", "play_music" });
            predicted.Remove("intent");
            original.Remove("intent");
            Assert.Equal(original.ToJsonString(), predicted.ToJsonString());
        }
    }

    [Fact]
    public void Predicting_TSV_labels_unlabelled_tokens_and_round_trips_labelled_ones()
    {
        using var scratch = new ScratchDirectory();
        var train = scratch.Write("train.tsv", string.Concat(Enumerable.Range(0, 8).Select(_ => "wake\tB-ACT\nme\tO\nup\tO\n\n")));
        var model = Finetune(scratch, train);
        var unlabelled = scratch.Write("text.tsv", "wake\nme\n\nup\nme\n");
        var (first, second) = (scratch.Path("first.tsv"), scratch.Path("second.tsv"));

        var (exit, _, error) = Predict(model, unlabelled, first);
        Assert.True(exit == 0, error);
        (exit, _, error) = Predict(model, first, second);
        Assert.True(exit == 0, error);

        var tagged = TaggedTokenFile.Read(first).ToList();
        Assert.Equal(["wake me", "up me"], tagged.Select(s => string.Join(' ', s.Tokens.Select(t => t.Token))));
        Assert.All(tagged.SelectMany(s => s.Tokens), t => Assert.Contains(t.Label, new[] { "B-ACT", "O" }));
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void A_masked_language_model_is_refused_naming_its_config_json()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.tsv", "wake\n");

        var (exit, _, error) = Predict(AdaptFinetuneCommandTests.TinyModel(scratch), input, scratch.Path("out.tsv"));

        Assert.Equal(1, exit);
        Assert.Contains("config.json", error);
        Assert.Contains("not a classifier", error);
        Assert.False(File.Exists(scratch.Path("out.tsv")));
    }

    [Fact]
    public void An_output_equal_to_the_input_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.tsv", "wake\n");

        var (exit, _, error) = Predict(scratch.Path("no-model"), input, input);

        Assert.Equal(1, exit);
        Assert.Contains("overwrite the input", error);
        Assert.Equal("wake\n", File.ReadAllText(input));
    }

    [Fact]
    public void An_output_inside_the_model_directory_is_refused_and_the_model_is_kept()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("in.conllu", Treebank);
        var model = Finetune(scratch, input);
        var weights = Path.Combine(model, "model.safetensors");
        var before = File.ReadAllBytes(weights);

        var (exit, _, error) = Predict(model, input, weights);

        Assert.Equal(1, exit);
        Assert.Contains("inside the model directory", error);
        Assert.Equal(before, File.ReadAllBytes(weights));
    }

    [Fact]
    public void A_joint_model_leaves_both_UPOS_and_FEATS_empty_for_words_past_its_length_limit()
    {
        using var scratch = new ScratchDirectory();
        var train = scratch.Write("train.conllu", Treebank);
        var classifier = scratch.Path("joint");
        var (trained, _, trainError) = CliRunner.Run("adapt", "finetune", "--model", AdaptFinetuneCommandTests.TinyModel(scratch), "--train", train, "--test", train,
            "--out", classifier, "--steps", "2", "--batch", "4", "--threads", "1", "--features");
        Assert.True(trained == 0, trainError);
        var words = Enumerable.Range(1, 60).Select(i => $"{i}\tplay\tplay\tVERB\t_\tMood=Imp\t0\troot\t_\t_\n");
        var input = scratch.Write("long.conllu", string.Concat(words) + "\n");

        var (exit, stdout, error) = Predict(classifier, input, scratch.Path("out.conllu"));

        Assert.True(exit == 0, error);
        Assert.Contains("past the length limit", stdout);
        var unseen = File.ReadAllLines(scratch.Path("out.conllu")).Select(line => line.Split('\t')).Where(c => c.Length == 10 && c[ConlluLine.UposColumn] == "_").ToList();
        Assert.NotEmpty(unseen);
        Assert.All(unseen, columns => Assert.Equal("_", columns[ConlluLine.FeatsColumn]));
    }

    [Fact]
    public void An_intent_classifier_is_refused_for_tagged_input()
    {
        using var scratch = new ScratchDirectory();
        var model = Finetune(scratch, AdaptFinetuneCommandTests.Utterances(scratch, "train.jsonl"));
        var input = scratch.Write("in.tsv", "wake\n");

        var (exit, _, error) = Predict(model, input, scratch.Path("out.tsv"));

        Assert.Equal(1, exit);
        Assert.Contains("sequence classifier", error);
    }
}
