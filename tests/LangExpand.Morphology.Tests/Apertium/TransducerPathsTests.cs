using LangExpand.Morphology.Apertium;
using static LangExpand.Morphology.Tests.Apertium.ApertiumFixtures;

namespace LangExpand.Morphology.Tests.Apertium;

public class TransducerPathsTests
{
    // casa/casas as lttoolbox compiles them: a shared prefix, epsilon inputs for the tags, a final state reached twice.
    private const string Casa =
        "0\t1\tc\tc\t0.000000\t\n1\t2\ta\ta\t0.000000\t\n2\t3\ts\ts\t0.000000\t\n3\t4\ta\ta\t0.000000\t\n" +
        "4\t5\tε\t<n>\t0.000000\t\n5\t6\tε\t<f>\t0.000000\t\n6\t8\tε\t<sg>\t0.000000\t\n6\t7\ts\t<pl>\t0.000000\t\n" +
        "7\t8\tε\tε\t0.000000\t\n8\t0.000000\n";

    [Fact]
    public void Every_accepted_path_of_an_analyser_is_an_analysis_with_epsilons_left_out()
    {
        var analyses = TransducerPaths.Analyses(Att(Casa), AnalysisRules.Default);

        Assert.Equal([new("casa", "casa<n><f><sg>"), new("casas", "casa<n><f><pl>")], analyses);
    }

    [Fact]
    public void A_generator_gives_the_same_analyses_with_its_sides_swapped()
    {
        var swapped = string.Join('\n', Casa.Split('\n').Select(line => line.Split('\t') is { Length: 6 } c ? $"{c[0]}\t{c[1]}\t{c[3]}\t{c[2]}\t{c[4]}\t" : line));

        Assert.Equal(TransducerPaths.Analyses(Att(Casa), AnalysisRules.Default), TransducerPaths.Analyses(Att(swapped), AnalysisRules.Default));
    }

    [Fact]
    public void A_transducer_with_cycles_terminates_and_lists_only_the_words_outside_them()
    {
        // State 1 loops on digits (a number regex); states 10 and 11 form a two-state cycle over letters (a URL regex).
        var transducer = Att(
            "0\t1\t1\t1\n1\t1\t2\t2\n1\t2\tε\t<num>\n2\n" +
            "0\t10\tw\tw\n10\t11\tw\tw\n11\t10\tw\tw\n11\t12\tε\t<n>\n12\n" +
            "0\t20\to\to\n20\t21\tε\t<n>\n21\t22\tε\t<m>\n22\t23\tε\t<sg>\n23\n");

        var analyses = TransducerPaths.Analyses(transducer, AnalysisRules.Default);

        Assert.Equal([new("o", "o<n><m><sg>")], analyses);
    }

    [Fact]
    public void A_section_whose_start_lies_on_a_cycle_is_skipped()
    {
        var transducer = Att("0\t0\ta\ta\n0\t1\tε\t<n>\n1\n--\n0\t1\to\to\n1\t2\tε\t<n>\n2\t3\tε\t<sg>\n3\n");

        Assert.Equal([new("o", "o<n><sg>")], TransducerPaths.Analyses(transducer, AnalysisRules.Default));
    }

    [Fact]
    public void A_path_longer_than_the_cap_is_not_followed()
    {
        var text = Analyser([("casa", "casa<n><f><sg>"), ("o", "o<n><m><sg>")]);

        var analyses = TransducerPaths.Analyses(Att(text), AnalysisRules.Default, maxLength: 4);

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

        var analyses = TransducerPaths.Analyses(Att(text), AnalysisRules.Default);

        Assert.Equal([new("da", "dar<vblex><pri><p3><sg>")], analyses);
    }
}
