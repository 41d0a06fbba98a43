using LangExpand.Morphology.Apertium;
using static LangExpand.Morphology.Tests.Apertium.ApertiumFixtures;

namespace LangExpand.Morphology.Tests.Apertium;

public class AnalysisPathsTests
{
    // casa/casas as lttoolbox compiles them: a shared prefix, epsilon inputs for the tags, a final state reached twice.
    private const string Casa =
        "0\t1\tc\tc\t0.000000\t\n1\t2\ta\ta\t0.000000\t\n2\t3\ts\ts\t0.000000\t\n3\t4\ta\ta\t0.000000\t\n" +
        "4\t5\tε\t<n>\t0.000000\t\n5\t6\tε\t<f>\t0.000000\t\n6\t8\tε\t<sg>\t0.000000\t\n6\t7\ts\t<pl>\t0.000000\t\n" +
        "7\t8\tε\tε\t0.000000\t\n8\t0.000000\n";

    [Fact]
    public void Every_accepted_path_of_an_analyser_is_an_analysis_with_epsilons_left_out()
    {
        var analyses = AnalysisPaths.Analyses(Att(Casa), AnalysisRules.Default);

        Assert.Equal([new("casa", "casa<n><f><sg>"), new("casas", "casa<n><f><pl>")], analyses);
    }

    [Fact]
    public void A_generator_gives_the_same_analyses_with_its_sides_swapped()
    {
        var swapped = string.Join('\n', Casa.Split('\n').Select(line => line.Split('\t') is { Length: 6 } c ? $"{c[0]}\t{c[1]}\t{c[3]}\t{c[2]}\t{c[4]}\t" : line));

        Assert.Equal(AnalysisPaths.Analyses(Att(Casa), AnalysisRules.Default), AnalysisPaths.Analyses(Att(swapped), AnalysisRules.Default));
    }

    [Fact]
    public void A_path_longer_than_the_cap_is_not_followed()
    {
        var text = Analyser([("casa", "casa<n><f><sg>"), ("o", "o<n><m><sg>")]);

        var analyses = AnalysisPaths.Analyses(Att(text), AnalysisRules.Default, maxLength: 4);

        Assert.Equal([new("o", "o<n><m><sg>")], analyses);
    }

    [Fact]
    public void Clitics_multiwords_and_closed_classes_are_left_on_the_way()
    {
        var text = Analyser([
            ("dámelo", "dar<vblex><imp><p2><sg>+prpers<prn><enc><p1><mf><sg>"),
            ("da cuenta", "dar<vblex><pri><p3><sg># cuenta"),
            ("me", "prpers<prn><pro><p1><mf><sg>"),
            ("12", "12<num>"),
            ("da", "dar<vblex><pri><p3><sg>"),
        ]);

        var analyses = AnalysisPaths.Analyses(Att(text), AnalysisRules.Default);

        Assert.Equal([new("da", "dar<vblex><pri><p3><sg>")], analyses);
    }
}
