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
    }

    [Fact]
    public void Broken_yaml_names_the_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var error = Assert.Throws<LangExpandException>(() => PackSettingsYaml.Read(scratch.Write("bad.yaml", "language: spa\nfrom: [eng\n")));
        Assert.Contains("bad.yaml:", error.Message);
    }
}
