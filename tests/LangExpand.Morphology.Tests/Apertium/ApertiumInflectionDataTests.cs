using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Apertium;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;
using static LangExpand.Morphology.Tests.Apertium.ApertiumFixtures;

namespace LangExpand.Morphology.Tests.Apertium;

public sealed class ApertiumInflectionDataTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Export_writes_lemma_disjoint_sigmorphon_2023_files_that_the_reader_detects(bool expanded)
    {
        var input = _scratch.Write("spa.input", expanded ? Expanded(Verbs(100)) : Analyser(Verbs(100)));

        var summary = ApertiumInflectionData.Export(new ApertiumExportOptions(input, "es", _scratch.Path("out"), expanded));

        var parts = new[] { "spa.trn", "spa.dev", "spa.tst" }.Select(name => InflectionReader.Read(_scratch.Path(Path.Combine("out", name)))).ToArray();
        Assert.All(parts, part => Assert.Equal(InflectionFormat.Sigmorphon2023, part.Format));
        Assert.Equal(300, parts.Sum(part => part.Records.Count));
        Assert.Equal((300, 300, 100), (summary.Analyses, summary.Triples, summary.Lemmas));
        var lemmas = parts.Select(part => part.Triples.Select(t => t.Lemma).ToHashSet()).ToArray();
        Assert.Empty(lemmas[0].Intersect(lemmas[1]).Concat(lemmas[0].Intersect(lemmas[2])).Concat(lemmas[1].Intersect(lemmas[2])));
        Assert.Contains(parts.SelectMany(p => p.Triples), t => t.Lemma == "caaaar" && t.Features.ToString() == "V;IND;PRS;1;SG" && t.Form == "caaao");
    }

    [Fact]
    public void Export_writes_a_readme_naming_the_source_the_licence_and_the_command()
    {
        var input = _scratch.Write("spa.att", Analyser(Verbs(100)));

        ApertiumInflectionData.Export(new ApertiumExportOptions(input, "spa", _scratch.Path("out"), Split: new SplitOptions(Seed: 3),
            Source: "Debian package apertium-eng-spa 0.8.1-2"));

        var readme = File.ReadAllText(_scratch.Path("out/README.md"));
        Assert.Contains("Debian package apertium-eng-spa 0.8.1-2", readme);
        Assert.Contains("GNU General Public License", readme);
        Assert.Contains($"--analyser {input} --language spa --out {_scratch.Path("out")} --seed 3 --max-train 10000", readme);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        var input = _scratch.Write("spa.att", Analyser(Verbs(100)));

        ApertiumInflectionData.Export(new ApertiumExportOptions(input, "spa", _scratch.Path("a")));
        ApertiumInflectionData.Export(new ApertiumExportOptions(input, "spa", _scratch.Path("b")));

        Assert.Equal(File.ReadAllBytes(_scratch.Path("a/spa.trn")), File.ReadAllBytes(_scratch.Path("b/spa.trn")));
    }

    [Fact]
    public void Too_few_lemmas_for_three_splits_fail_and_write_nothing()
    {
        var input = _scratch.Write("spa.att", Analyser(Verbs(2)));

        var error = Assert.Throws<LangExpandException>(() => ApertiumInflectionData.Export(new ApertiumExportOptions(input, "spa", _scratch.Path("out"))));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.False(Directory.Exists(_scratch.Path("out")));
    }

    [Fact]
    public void A_compiled_transducer_is_refused_with_the_lt_print_command_to_convert_it()
    {
        var input = _scratch.Write("spa-eng.automorf.bin", "binary");

        var error = Assert.Throws<LangExpandException>(() => ApertiumInflectionData.Export(new ApertiumExportOptions(input, "spa", _scratch.Path("out"))));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains($"lt-print {input}", error.Message);
    }

    [Fact]
    public void An_unknown_language_is_refused_before_anything_is_read()
    {
        var error = Assert.Throws<LangExpandException>(() => ApertiumInflectionData.Export(new ApertiumExportOptions("missing.att", "klingonese", _scratch.Path("out"))));

        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
    }

    public void Dispose() => _scratch.Dispose();
}
