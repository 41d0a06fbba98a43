using LangExpand.Core.Features;
using LangExpand.Morphology.Baseline;

namespace LangExpand.Morphology.Tests.Baseline;

/// <summary>
/// The affix-rule baseline on data small enough to check by hand. <c>schielen/geschielt</c> aligns as
/// <c>__schielen/geschielt_</c>: prefix <c>ge</c>, stem <c>schiel</c>, suffix <c>en → t</c>.
/// </summary>
public class AffixRuleTrainerTests
{
    private static readonly AffixRuleInflector German = AffixRuleTrainer.Train(Toy.German);

    [Fact]
    public void The_participle_yields_every_suffix_rule_of_the_aligned_stem_and_suffix()
    {
        var rules = German.Tables["V.PTCP;PST"].SuffixRules.Select(r => $"{r.Left} → {r.Right}");

        Assert.Equal(
            ["schielen> → schielt>", "chielen> → chielt>", "hielen> → hielt>", "ielen> → ielt>", "elen> → elt>", "len> → lt>",
             "en> → t>", "n> → >", "> → >"],
            rules);
    }

    [Fact]
    public void The_participle_yields_prefix_rules_from_the_empty_prefix_to_ge()
    {
        var rules = German.Tables["V.PTCP;PST"].PrefixRules.Select(r => $"{r.Left} → {r.Right}");

        Assert.Equal(
            ["< → <ge", "<s → <ges", "<sc → <gesc", "<sch → <gesch", "<schi → <geschi", "<schie → <geschie", "<schiel → <geschiel"],
            rules);
    }

    [Fact]
    public void Rules_seen_in_several_pairs_are_counted_once_each_time_in_first_seen_order()
    {
        var rules = German.Tables["V;PST;3;SG"].SuffixRules.Select(r => $"{r.Left} → {r.Right} ×{r.Count}");

        Assert.Equal(
            ["machen> → machte> ×1", "achen> → achte> ×2", "chen> → chte> ×2", "hen> → hte> ×2", "en> → te> ×3", "en> → e> ×3",
             "n> → > ×3", "> → > ×3", "sagen> → sagte> ×1", "agen> → agte> ×1", "gen> → gte> ×1", "lachen> → lachte> ×1"],
            rules);
    }

    [Theory]
    [InlineData("spielen", "V.PTCP;PST", "gespielt")]
    [InlineData("kaufen", "V.PTCP;PST", "gekauft")]
    [InlineData("kochen", "V;PST;3;SG", "kochte")]
    [InlineData("leben", "V;PST;3;SG", "lebte")]
    [InlineData("Mund", "N;PL", "Munde")]
    [InlineData("Fisch", "N;PL", "Fisch")] // only "> → …" matches: "> → >" (3 pairs) beats "> → e>" (2) and "> → er>" (1)
    public void Predictions_apply_the_longest_suffix_rule_then_the_most_frequent_prefix_rule(string lemma, string features, string form)
    {
        Assert.False(German.Reversed);
        Assert.Equal(form, German.Inflect(lemma, FeatureBundle.Parse(features)));
    }

    [Theory]
    [InlineData("gehen", "V;FUT")]
    [InlineData("spielen", "PST;V.PTCP")]
    public void A_feature_string_never_seen_in_training_copies_the_lemma(string lemma, string features)
    {
        Assert.Equal(lemma, German.Inflect(lemma, FeatureBundle.Parse(features)));
    }

    [Theory]
    [InlineData("kemi", "N;PL", "makemi")]
    [InlineData("rino", "V;PST", "karino")]
    [InlineData("a", "N;PL", "maa")]
    public void A_prefixing_language_is_detected_and_inflected_by_reversing(string lemma, string features, string form)
    {
        var model = AffixRuleTrainer.Train(Toy.Prefixing);

        Assert.True(model.Reversed);
        Assert.Equal(form, model.Inflect(lemma, FeatureBundle.Parse(features)));
    }

    [Fact]
    public void Triples_without_a_form_are_ignored()
    {
        var covered = Toy.German.Select(t => t with { Form = null });

        var model = AffixRuleTrainer.Train(Toy.Prefixing.Concat(covered));

        Assert.Equal(["N;PL", "V;PST"], model.Tables.Keys.Order(StringComparer.Ordinal));
    }
}
