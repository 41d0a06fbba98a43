using LangExpand.Core.FiniteState;

namespace LangExpand.Core.Tests.FiniteState;

public class TransducerPathsTests
{
    [Fact]
    public void Every_accepted_path_is_listed_with_epsilons_left_out_and_both_sides_kept()
    {
        var transducer = AttFixture.Read("0\t1\th\tc\n1\t2\to\ta\n2\t3\tε\ts\n3\t4\t<n>\ta\n4\t5\tε\t<n>\n5\n1\t6\ti\ti\n6\n");

        Assert.Equal([new("ho<n>", "casa<n>"), new("hi", "ci")], TransducerPaths.Enumerate(transducer));
    }

    [Fact]
    public void A_transducer_with_cycles_terminates_and_lists_only_the_paths_outside_them()
    {
        // State 1 loops on digits (a number regex); states 10 and 11 form a two-state cycle (a URL regex).
        var transducer = AttFixture.Read(
            "0\t1\t1\t1\n1\t1\t2\t2\n1\t2\tε\t<num>\n2\n" +
            "0\t10\tw\tw\n10\t11\tw\tw\n11\t10\tw\tw\n11\t12\tε\t<n>\n12\n" +
            "0\t20\to\to\n20\t21\tε\t<n>\n21\n");

        Assert.Equal([new("o", "o<n>")], TransducerPaths.Enumerate(transducer));
        Assert.Equal([1, 10, 11], transducer.Sections[0].Cyclic.Order());
    }

    [Fact]
    public void A_section_whose_start_lies_on_a_cycle_is_skipped()
    {
        var transducer = AttFixture.Read("0\t0\ta\ta\n0\t1\tε\t<n>\n1\n--\n0\t1\to\to\n1\t2\tε\t<n>\n2\n");

        Assert.Equal([new("o", "o<n>")], TransducerPaths.Enumerate(transducer));
    }

    [Fact]
    public void A_path_longer_than_the_cap_is_not_followed()
    {
        var transducer = AttFixture.Read("0\t1\ta\ta\n1\t2\tb\tb\n2\t3\tc\tc\n3\n0\t4\to\to\n4\n");

        Assert.Equal([new("o", "o")], TransducerPaths.Enumerate(transducer, maxLength: 2));
    }

    [Fact]
    public void A_guide_sees_the_last_symbols_and_lengths_and_decides_what_is_followed_and_reported()
    {
        var transducer = AttFixture.Read("0\t1\ta\tb\n1\t2\tε\t<n>\n2\n0\t3\tx\tx\n3\n");
        var guide = new RecordingGuide();

        var paths = TransducerPaths.Enumerate(transducer, guide);

        Assert.Equal([new("a", "b<n>")], paths);
        Assert.Contains(new AttWalkState("a", "<n>", 1, 4), guide.Reported);
    }

    /// <summary>Refuses arcs reading <c>x</c> and reports paths whose output ends in a tag.</summary>
    private sealed class RecordingGuide : IAttPathGuide
    {
        public List<AttWalkState> Reported { get; } = [];

        public bool Follows(AttWalkState state, AttArc arc) => arc.Input != "x";

        public bool Reports(AttWalkState state)
        {
            Reported.Add(state);
            return state.LastOutput is { } last && AttSymbols.IsTag(last);
        }
    }
}
