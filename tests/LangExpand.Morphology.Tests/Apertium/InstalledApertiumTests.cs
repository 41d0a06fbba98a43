using LangExpand.Core.FiniteState;
using LangExpand.Morphology.Apertium;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Apertium;

/// <summary>Reads Debian's Spanish Apertium transducers (<c>apt-get install lttoolbox-dev apertium-eng-spa</c>) where installed.</summary>
public sealed class InstalledApertiumTests : IDisposable
{
    private const string Folder = "/usr/share/apertium/apertium-eng-spa/";
    private readonly ScratchDirectory _scratch = new();

    [InstalledFact("lt-print", Folder + "eng-spa.autogen.bin")]
    public void The_spanish_generator_yields_the_forms_of_regular_and_irregular_verbs_nouns_and_adjectives()
    {
        var triples = Triples("eng-spa.autogen.bin");

        Assert.Contains("hablar\tV;IND;PRS;1;SG\thablo", triples);
        Assert.Contains("ser\tV;IND;PST;PFV;3;SG\tfue", triples);
        Assert.Contains("comprimir\tV.PTCP;PST;MASC;SG\tcomprimido", triples);
        Assert.Contains("casa\tN;FEM;PL\tcasas", triples);
        Assert.Contains("grande\tADJ;PL\tgrandes", triples);
    }

    [InstalledFact("lt-print", Folder + "spa-eng.automorf.bin")]
    public void The_spanish_analyser_keeps_no_clitics_multiwords_or_closed_classes()
    {
        var triples = Triples("spa-eng.automorf.bin");

        Assert.Contains("hablar\tV;SBJV;PST;1;SG\thablara", triples);
        Assert.DoesNotContain(triples, t => t.Contains('+') || t.Contains('#') || t.StartsWith("prpers\t", StringComparison.Ordinal));
    }

    private HashSet<string> Triples(string binary)
    {
        var analyses = AnalysisPaths.Analyses(AttTextReader.Read(LtPrint.ToAtt(Folder + binary, _scratch)), AnalysisRules.Default);
        return ApertiumTriples.Build(analyses, AnalysisRules.Default).Select(t => $"{t.Lemma}\t{t.Features}\t{t.Form}").ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();
}
