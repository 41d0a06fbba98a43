using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Requests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Requests;

public sealed class PackSettingsYamlTests
{
    [Fact]
    public void A_config_gives_every_field_and_the_command_line_overrides_it()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("spa.yaml", "language: spa\nfrom: eng\nlexicon: [apertium:eng-spa, reverse:apertium-dix:x.dix]\nunimorph: spa.trn\nseed: 7\n");
        var settings = PackSettingsYaml.Read(path).Merge(new PackSettings { Seed = 9 });
        Assert.Equal("spa", settings.Language);
        Assert.Equal(9, settings.Seed);
        Assert.Equal("apertium:eng-spa", settings.Lexicons[0]);
        Assert.Equal("reverse:apertium-dix:" + Path.GetRelativePath(Environment.CurrentDirectory, scratch.Path("x.dix")), settings.Lexicons[1]);
        Assert.True(LexiconSpec.Parse(settings.Lexicons[1]).Reverse);
    }

    [Fact]
    public void An_unknown_field_is_refused_with_the_known_ones()
    {
        using var scratch = new ScratchDirectory();
        var error = Assert.Throws<LangExpandException>(() => PackSettingsYaml.Read(scratch.Write("bad.yaml", "language: spa\nlexicons: x\n")));
        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.Contains("'lexicons'", error.Message);
        Assert.Equal(2, error.Location!.Value.Line);
    }

    [Theory]
    [InlineData("language: spa\nlanguage: por\n", 2, "Duplicate key")]
    [InlineData("language: spa\nseed:\n", 2, "field 'seed' has no value")]
    [InlineData("language: spa\n\nheldout: many\n", 3, "field 'heldout' is 'many'")]
    [InlineData("language: spa\nno_adapt: perhaps\n", 2, "field 'no_adapt' is 'perhaps'")]
    [InlineData("language: spa\ntarget_test: \"\"\n", 2, "field 'target_test' is empty")]
    [InlineData("language: spa\ntask_steps: ' '\n", 2, "field 'task_steps' is empty")]
    [InlineData("language: spa\ntask_data: [a.conllu, '']\n", 2, "field 'task_data' has an empty item")]
    public void A_bad_field_is_refused_at_its_line(string yaml, int line, string problem)
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("bad.yaml", yaml);

        var error = Assert.Throws<LangExpandException>(() => PackSettingsYaml.Read(path));

        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal((path, line), (error.Location!.Value.Source, error.Location.Value.Line));
    }

    [Fact]
    public void Broken_yaml_names_the_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var error = Assert.Throws<LangExpandException>(() => PackSettingsYaml.Read(scratch.Write("bad.yaml", "language: spa\nfrom: [eng\n")));
        Assert.Contains("bad.yaml:", error.Message);
    }
}
