using System.Text.Json.Nodes;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class TagCommandTests
{
    private const string Treebank = """
        # sent_id = 1
        1	The	the	DET	_	Definite=Def	2	det	_	_
        2	dogs	dog	NOUN	_	Number=Plur	3	nsubj	_	_
        3	ran	run	VERB	_	Tense=Past	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	_	_	3	punct	_	_

        # sent_id = 2
        1-2	thedog	_	_	_	_	_	_	_	_
        1	the	the	DET	_	Definite=Def	2	det	_	_
        2	dog	dog	NOUN	_	Number=Sing	0	root	_	_


        """;

    [Theory]
    [InlineData("lookup")]
    [InlineData("perceptron")]
    public void A_tagger_trains_predicts_and_scores_from_the_command_line(string model)
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);

        var train = CliRunner.Run("tag", "train", "--train", data, "--train", data, "--model", model, "--epochs", "2", "--seed", "3", "--out", scratch.Path("model"));
        var predict = CliRunner.Run("tag", "predict", "--model", scratch.Path("model"), "--in", data, "--out", scratch.Path("out.conllu"));
        var score = CliRunner.Run("tag", "score", "--gold", data, "--test", scratch.Path("out.conllu"), "--json");

        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains($"trained {model} on 4 sentences (12 words)", train.Output);
        Assert.True(predict.ExitCode == 0, predict.Error);
        Assert.Contains("tagged 6 words", predict.Output);
        Assert.True(score.ExitCode == 0, score.Error);
        Assert.Equal(6, JsonNode.Parse(score.Output)!["words"]!.GetValue<int>());
        Assert.Equal(100.0, JsonNode.Parse(score.Output)!["upos"]!.GetValue<double>());
    }

    [Fact]
    public void Score_prints_UPOS_and_UFeats_accuracy()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank);
        var test = scratch.Write("test.conllu", Treebank.Replace("NOUN\t_\tNumber=Sing", "NOUN\t_\t_"));

        var (exit, output, error) = CliRunner.Run("tag", "score", "--gold", gold, "--test", test);

        Assert.True(exit == 0, error);
        Assert.Equal("UPOS   100.00 % (6/6)\nUFeats 83.33 % (5/6)\n", output);
    }

    [Fact]
    public void Scoring_files_whose_words_differ_fails_naming_the_line()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank);
        var test = scratch.Write("test.conllu", Treebank.Replace("\tdogs\t", "\tcats\t"));

        var (exit, _, error) = CliRunner.Run("tag", "score", "--gold", gold, "--test", test);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {test}:3: does not align with the gold file", error);
    }

    [Fact]
    public void Outputs_that_are_inputs_are_refused()
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);
        Assert.Equal(0, CliRunner.Run("tag", "train", "--train", data, "--model", "lookup", "--out", scratch.Path("model")).ExitCode);

        var train = CliRunner.Run("tag", "train", "--train", data, "--out", data);
        var predict = CliRunner.Run("tag", "predict", "--model", scratch.Path("model"), "--in", data, "--out", data);

        Assert.Equal((1, 1), (train.ExitCode, predict.ExitCode));
        Assert.Contains("refusing to overwrite", train.Error);
        Assert.Contains("refusing to overwrite", predict.Error);
        Assert.Equal(Treebank, File.ReadAllText(data));
    }

    [Theory]
    [InlineData("lookup", "lookup.tsv")]
    [InlineData("perceptron", "weights.tsv")]
    public void Predicting_into_the_model_directory_is_refused_and_the_model_is_kept(string kind, string file)
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);
        Assert.Equal(0, CliRunner.Run("tag", "train", "--train", data, "--model", kind, "--out", scratch.Path("model")).ExitCode);
        var target = scratch.Path("model", file);
        var before = File.ReadAllText(target);

        var (exit, _, error) = CliRunner.Run("tag", "predict", "--model", scratch.Path("model"), "--in", data, "--out", target);

        Assert.Equal(1, exit);
        Assert.Contains("inside the model directory", error);
        Assert.Equal(before, File.ReadAllText(target));
    }

    [Fact]
    public void A_directory_that_is_no_model_is_reported_as_such_even_when_the_output_lies_inside_it()
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("data/in.conllu", Treebank);

        var (exit, _, error) = CliRunner.Run("tag", "predict", "--model", scratch.Path("data"), "--in", data, "--out", scratch.Path("data", "out.conllu"));

        Assert.Equal(1, exit);
        Assert.Contains("is not a model directory", error);
    }

    [Fact]
    public void An_empty_training_file_is_refused_naming_it()
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);
        var empty = scratch.Write("empty.conllu", "");

        var (exit, _, error) = CliRunner.Run("tag", "train", "--train", data, "--train", empty, "--out", scratch.Path("model"));

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {empty}: the training file holds no sentence", error);
        Assert.False(Directory.Exists(scratch.Path("model")));
    }

    [Fact]
    public void Training_into_an_encoder_directory_is_refused_and_the_encoder_is_kept()
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);
        var encoder = AdaptFinetuneCommandTests.TinyModel(scratch);
        var files = Directory.GetFiles(encoder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        var (exit, _, error) = CliRunner.Run("tag", "train", "--train", data, "--out", encoder);

        Assert.Equal(1, exit);
        Assert.Contains("is not a model directory", error);
        Assert.Equal(files, Directory.GetFiles(encoder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void Scoring_a_test_file_with_fewer_sentences_names_its_last_line_and_the_first_missing_gold_sentence()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", Treebank);
        var test = scratch.Write("test.conllu", Treebank[..Treebank.IndexOf("# sent_id = 2", StringComparison.Ordinal)]);

        var (exit, _, error) = CliRunner.Run("tag", "score", "--gold", gold, "--test", test);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {test}:5: does not align with the gold file: 1 sentences where {gold} has 2 (the first missing one is at {gold}:7)", error);
    }

    [Theory]
    [InlineData("--model", "crf")]
    [InlineData("--epochs", "0")]
    public void Invalid_training_options_are_parse_errors(string option, string value)
    {
        using var scratch = new ScratchDirectory();
        var data = scratch.Write("train.conllu", Treebank);

        var (exit, _, error) = CliRunner.Run("tag", "train", "--train", data, option, value, "--out", scratch.Path("model"));

        Assert.NotEqual(0, exit);
        Assert.Contains(option == "--model" ? "crf" : "--epochs must be 1 or more", error);
        Assert.False(Directory.Exists(scratch.Path("model")));
    }
}
