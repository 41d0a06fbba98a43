using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Lookup;

/// <summary>Counts labels by form, lower-case form and suffix over the training sentences (partial labels are not counted).</summary>
internal static class LookupTrainer
{
    public static LookupTagger Train(IReadOnlyList<TaggedSentence> sentences)
    {
        var (forms, lowercase, suffixes, overall) = (new LabelCounts(), new LabelCounts(), new LabelCounts(), new LabelCounts());
        foreach (var token in sentences.SelectMany(sentence => sentence.Tokens).Where(t => !MorphoLabel.IsPartial(t.Label)))
        {
            var lower = token.Token.ToLowerInvariant();
            forms.Add(token.Token, token.Label);
            lowercase.Add(lower, token.Label);
            overall.Add("", token.Label);
            foreach (var suffix in Enumerable.Range(1, Math.Min(LookupTagger.MaxSuffix, lower.Length)).Select(length => Affixes.Suffix(lower, length)).Distinct())
            {
                suffixes.Add(suffix, token.Label);
            }
        }
        return new LookupTagger(new LookupTable(Best(forms), Best(lowercase), Best(suffixes), overall.Best().Single().Label));
    }

    private static Dictionary<string, string> Best(LabelCounts counts) =>
        counts.Best().ToDictionary(best => best.Key, best => best.Label, StringComparer.Ordinal);
}
