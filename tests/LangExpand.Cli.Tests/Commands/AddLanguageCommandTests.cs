using LangExpand.Pipeline.Running;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class AddLanguageCommandTests
{
    [Fact]
    public void Add_language_builds_a_pack_from_a_config_and_prints_where_the_report_is()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("lex.tsv", "cat\tgato\ndog\tperro\n");
        scratch.Write("task.conllu", "# text = cat\n1\tcat\tcat\tNOUN\t_\t_\t0\troot\t_\t_\n\n");
        var config = scratch.Write("spa.yaml", "language: spa\nfrom: eng\nlexicon: lex.tsv\ntask_data: task.conllu\n");
        var (code, output, error) = CliRunner.Run("add-language", "--config", config, "--out", scratch.Path("pack"), "--json");
        Assert.True(code == 0, error);
        Assert.Contains("report: " + scratch.Path("pack", "report.md"), output);
        Assert.Contains("{\"event\":\"step_finished\",\"index\":0,\"step\":\"import-lexicons\",\"status\":\"ran\"", error);
        Assert.True(File.Exists(scratch.Path("pack", "manifest.yaml")));
    }

    [Fact]
    public void A_second_add_language_on_a_pack_in_use_exits_1_with_LE1013_naming_the_lock_and_its_owner()
    {
        using var scratch = new ScratchDirectory();
        var lexicon = scratch.Write("lex.tsv", "cat\tgato\n");
        using var held = PackLock.Acquire(scratch.Path("pack"), _ => { });

        var (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--out", scratch.Path("pack"));

        Assert.Equal(1, code);
        Assert.Contains($"{scratch.Path("pack", ".lock")}: the pack is being built by process {Environment.ProcessId}", error);
        Assert.Contains("[LE1013]", error);
    }

    [Fact]
    public void An_unknown_language_code_exits_1_with_LE1007()
    {
        using var scratch = new ScratchDirectory();
        var (code, _, error) = CliRunner.Run("add-language", "zzq", "--from", "eng", "--out", scratch.Path("pack"));
        Assert.Equal(1, code);
        Assert.Contains("LE1007", error);
        Assert.False(Directory.Exists(scratch.Path("pack")));
    }

    [Fact]
    public void Bad_adaptation_options_exit_1_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var lexicon = scratch.Write("lex.tsv", "cat\tgato\n");
        var (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--preset", "huge", "--out", scratch.Path("pack"));
        Assert.Equal(1, code);
        Assert.Contains("unknown preset 'huge'", error);
        (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--adapt-steps", "0", "--out", scratch.Path("pack"));
        Assert.Equal(1, code);
        Assert.Contains("--adapt-steps 0", error);
        (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--max-train", "0", "--out", scratch.Path("pack"));
        Assert.Equal(1, code);
        Assert.Contains("--max-train 0", error);
        Assert.False(Directory.Exists(scratch.Path("pack")));
    }

    [Fact]
    public void A_single_Bible_as_parallel_text_is_refused_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var lexicon = scratch.Write("lex.tsv", "cat\tgato\n");
        var bible = scratch.Write("en.tsv", "b.MAT.1.1\tthe book\nb.MAT.1.2\tand more\n");

        var (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--parallel", bible, "--out", scratch.Path("pack"));

        Assert.Equal(1, code);
        Assert.Contains("is one Bible", error);
        Assert.False(Directory.Exists(scratch.Path("pack")));
    }

    [Fact]
    public void A_base_model_with_damaged_weights_is_refused_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var model = AdaptFinetuneCommandTests.TinyModel(scratch);
        var weights = Path.Combine(model, "model.safetensors");
        File.WriteAllBytes(weights, File.ReadAllBytes(weights)[..40]);
        var lexicon = scratch.Write("lex.tsv", "cat\tgato\n");

        var (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--lexicon", lexicon, "--base-model", model, "--out", scratch.Path("pack"));

        Assert.Equal(1, code);
        Assert.Contains(weights, error);
        Assert.False(Directory.Exists(scratch.Path("pack")));
    }

    [Fact]
    public void A_pack_with_no_inputs_is_refused_instead_of_reported_complete()
    {
        using var scratch = new ScratchDirectory();

        var (code, _, error) = CliRunner.Run("add-language", "spa", "--from", "eng", "--out", scratch.Path("pack"));

        Assert.Equal(1, code);
        Assert.Contains("nothing to build a pack from", error);
        Assert.False(Directory.Exists(scratch.Path("pack")));
    }
}
