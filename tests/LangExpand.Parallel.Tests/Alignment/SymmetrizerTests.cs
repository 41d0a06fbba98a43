using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Tests.Alignment;

public class SymmetrizerTests
{
    // Example A, worked by hand. Intersection {0-0}. GROW-DIAG from 0-0 adds its diagonal neighbour 1-1 (both words
    // unaligned); from 1-1 it adds 2-1 (source 2 unaligned) and 1-2 (target 2 unaligned), but not 2-2: by then both of its
    // words are aligned. From 2-1 it adds the diagonal 3-2 (source 3 unaligned). FINAL finds nothing left to add.
    private const string ForwardA = "0-0 1-2 2-1";
    private const string ReverseA = "0-0 1-1 2-2 3-2";

    // Example B, worked by hand. Nothing grows from 0-0. FINAL visits the forward links first: 2-3 joins two unaligned
    // words. Then the reverse links: 2-5 (target 5 unaligned, source 2 aligned) and 3-3 (source 3 unaligned, target 3
    // aligned) touch one unaligned word each, so grow-diag-final takes them and grow-diag-final-and does not.
    private const string ForwardB = "0-0 2-3";
    private const string ReverseB = "0-0 2-5 3-3";

    [Theory]
    [InlineData(ForwardA, ReverseA, SymmetrizationMethod.Intersection, "0-0")]
    [InlineData(ForwardA, ReverseA, SymmetrizationMethod.Union, "0-0 1-1 1-2 2-1 2-2 3-2")]
    [InlineData(ForwardA, ReverseA, SymmetrizationMethod.GrowDiag, "0-0 1-1 1-2 2-1 3-2")]
    [InlineData(ForwardA, ReverseA, SymmetrizationMethod.GrowDiagFinal, "0-0 1-1 1-2 2-1 3-2")]
    [InlineData(ForwardA, ReverseA, SymmetrizationMethod.GrowDiagFinalAnd, "0-0 1-1 1-2 2-1 3-2")]
    [InlineData(ForwardB, ReverseB, SymmetrizationMethod.GrowDiag, "0-0")]
    [InlineData(ForwardB, ReverseB, SymmetrizationMethod.GrowDiagFinal, "0-0 2-3 2-5 3-3")]
    [InlineData(ForwardB, ReverseB, SymmetrizationMethod.GrowDiagFinalAnd, "0-0 2-3")]
    [InlineData(ReverseB, ForwardB, SymmetrizationMethod.GrowDiagFinalAnd, "0-0 2-5 3-3")]
    [InlineData("", "0-1", SymmetrizationMethod.GrowDiagFinalAnd, "0-1")]
    [InlineData("", "", SymmetrizationMethod.GrowDiagFinalAnd, "")]
    [InlineData("0-0 1-1 2-2", "0-0 1-1 2-2", SymmetrizationMethod.GrowDiagFinalAnd, "0-0 1-1 2-2")]
    public void Symmetrisation_follows_Koehns_definitions(string forward, string reverse, SymmetrizationMethod method, string expected) =>
        Assert.Equal(expected, Symmetrizer.Combine(Links(forward), Links(reverse), method).ToString());

    [Fact]
    public void Grow_diag_final_and_lies_between_intersection_and_union()
    {
        var (forward, reverse) = (Links("0-0 1-1 2-3 4-4 5-2"), Links("0-0 1-2 2-3 3-3 4-5"));

        var grown = Symmetrizer.GrowDiagFinalAnd(forward, reverse);

        Assert.All(Symmetrizer.Combine(forward, reverse, SymmetrizationMethod.Intersection).Links, link => Assert.True(grown.Contains(link)));
        Assert.All(grown.Links, link => Assert.True(forward.Contains(link) || reverse.Contains(link)));
    }

    [Theory]
    [InlineData("gdfa", SymmetrizationMethod.GrowDiagFinalAnd)]
    [InlineData("Grow-Diag-Final-And", SymmetrizationMethod.GrowDiagFinalAnd)]
    [InlineData("intersect", SymmetrizationMethod.Intersection)]
    [InlineData("union", SymmetrizationMethod.Union)]
    public void Methods_are_found_by_their_command_line_names(string name, SymmetrizationMethod method) =>
        Assert.Equal(method, SymmetrizationMethodNames.Parse(name));

    private static WordAlignment Links(string pharaoh) => PharaohFormat.Read(TextStreams.Of(pharaoh + "\n"), "test")[0];
}
