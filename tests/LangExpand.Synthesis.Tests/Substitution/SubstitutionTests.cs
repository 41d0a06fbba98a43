using LangExpand.Lexicons;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Substitution;

public sealed class SubstitutionTests
{
    private static LexiconEntry Entry(string source, string target, double score = 1, LexiconDirection direction = LexiconDirection.Both) =>
        new(new LexiconSide(source), new LexiconSide(target), score, direction, new LexiconProvenance("test"));

    private static readonly TranslationIndex Index = new([
        Entry("house", "casa"), Entry("house", "hogar", 0.5), Entry("white house", "casa blanca"), Entry("the", "la", 0.4), Entry("the", "el", 0.6),
        Entry("dog", "perro", direction: LexiconDirection.TargetToSource),
    ]);

    [Theory]
    [InlineData("house", "casa")]
    [InlineData("House", "Casa")]
    [InlineData("HOUSE", "CASA")]
    [InlineData("hOuSe", "casa")]
    [InlineData("7", "casa")]
    public void Translations_take_the_capitalisation_of_the_source_token(string token, string expected) =>
        Assert.Equal(expected, CaseStyles.Apply(CaseStyles.Of(token), "casa"));

    [Fact]
    public void The_longest_entry_matching_at_a_position_wins_and_candidates_come_best_first()
    {
        string[] tokens = ["The", "White", "House", "house"];

        var multiword = Index.Match(tokens, 1)!;
        var single = Index.Match(tokens, 3)!;

        Assert.Equal(2, multiword.Length);
        Assert.Equal("casa blanca", multiword.Candidates[0].Target.Text);
        Assert.Equal(["casa", "hogar"], single.Candidates.Select(c => c.Target.Text));
        Assert.Equal(["el", "la"], Index.Match(tokens, 0)!.Candidates.Select(c => c.Target.Text));
    }

    [Fact]
    public void Unknown_tokens_and_target_to_source_entries_do_not_match()
    {
        Assert.Null(Index.Match(["cat"], 0));
        Assert.Null(Index.Match(["dog"], 0));
    }

    [Fact]
    public void Best_all_and_sample_choose_as_documented_and_sampling_is_seeded()
    {
        var candidates = Index.Match(["the"], 0)!.Candidates;
        IReadOnlyList<string> Draw(int seed)
        {
            var chooser = new ChoicePolicy(ChoiceKind.Sample, seed).Start();
            return Enumerable.Range(0, 200).Select(_ => chooser.Choose(candidates)[0].Target.Text).ToList();
        }

        Assert.Equal("el", new ChoicePolicy().Start().Choose(candidates).Single().Target.Text);
        Assert.Equal(["el"], new ChoicePolicy(ChoiceKind.All, MaxAlternatives: 1).Start().Choose(candidates).Select(c => c.Target.Text));
        Assert.Equal(Draw(7), Draw(7));
        Assert.InRange(Draw(7).Count(t => t == "el"), 90, 150);
    }

    [Fact]
    public void A_restarted_chooser_draws_as_a_new_one_for_the_same_unit()
    {
        var candidates = Index.Match(["the"], 0)!.Candidates;
        var policy = new ChoicePolicy(ChoiceKind.Sample, 3);
        var reused = policy.Start(0);

        foreach (var unit in new long[] { 5, 9, 5 })
        {
            reused.Restart(unit);
            var fresh = policy.Start(unit);
            Assert.Equal(Enumerable.Range(0, 20).Select(_ => fresh.PickOne(candidates)), Enumerable.Range(0, 20).Select(_ => reused.PickOne(candidates)));
        }
    }

    [Fact]
    public void Word_alternatives_equal_the_planned_and_realised_span_and_a_single_pick_is_shared()
    {
        var planner = new SubstitutionPlanner(Index, null, oneToOne: true);
        var token = new SourceToken("house", Upos: "NOUN");

        var planned = planner.Realize(planner.Match([token], new ChoicePolicy().Start())[0], [token]).Alternatives;
        var first = planner.WordAlternatives(token, new ChoicePolicy().Start(), null, Index.Match("house"));
        var second = planner.WordAlternatives(token, new ChoicePolicy().Start(), null, Index.Match("house"));

        Assert.Equal(planned, first);
        Assert.Same(first, second);
        Assert.Null(planner.WordAlternatives(new SourceToken("cat"), new ChoicePolicy().Start(), null, Index.Match("cat")));
    }
}
