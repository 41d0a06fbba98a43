using LangExpand.Core.Annotated;
using LangExpand.Lexicons;
using LangExpand.Lexicons.Merging;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Turns source-language CoNLL-U into synthetic target-language CoNLL-U, word by word: a word whose LEMMA the lexicon
/// translates is re-inflected to carry its UPOS/FEATS (when a target paradigm table is given); otherwise a word whose
/// FORM the lexicon translates gets that translation as written; other words are kept (code-switching). UPOS, FEATS,
/// HEAD and DEPREL stay; LEMMA becomes the target lemma; MISC records the lexicon entry, how the form was made and a
/// confidence; <c># text</c> is rebuilt. Multiword-token lines and translations of several words are left as they are.
/// </summary>
public sealed class ConlluSynthesizer(TranslationIndex index, ReInflector? reInflector, LabelledSynthesisOptions options)
{
    private static readonly Lazy<System.Buffers.SearchValues<char>> NonLetters = new(() =>
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !char.IsLetter(c)).ToArray()));

    /// <summary>Synthesises <paramref name="sentences"/> lazily, counting into <paramref name="statistics"/>.</summary>
    public IEnumerable<ConlluSentence> Synthesize(IEnumerable<ConlluSentence> sentences, SynthesisStatistics statistics)
    {
        var chooser = options.Choice.Start();
        foreach (var sentence in sentences)
        {
            var plans = sentence.Lines.Select(line => Plan(line, chooser)).ToList();
            var words = sentence.Lines.Count(l => l.Kind == ConlluLineKind.Word && l.Column(ConlluLine.FormColumn).ContainsAnyExcept(NonLetters.Value));
            var substituted = plans.Count(p => p.Count > 0);
            var keep = words == 0 || (double)substituted / words >= options.MinCoverage;
            var variants = keep ? Math.Max(1, plans.Max(p => p.Count)) : 0;
            statistics.Sentence(words, substituted, variants);
            for (var variant = 0; variant < variants; variant++)
            {
                var lines = sentence.Lines.Select((line, i) => plans[i].Count == 0 ? line : Apply(line, plans[i][Math.Min(variant, plans[i].Count - 1)], statistics, variant == 0)).ToList();
                yield return new ConlluSentence(Comments(sentence, lines, variant, variants), lines, sentence.LineNumber);
            }
        }
    }

    private List<(LexiconEntry Entry, ReInflection Result)> Plan(ConlluLine line, Chooser chooser)
    {
        if (line.Kind != ConlluLineKind.Word || !line.Column(ConlluLine.FormColumn).ContainsAnyExcept(NonLetters.Value))
        {
            return [];
        }
        var feats = UdFeatures.TryParse(line.Column(ConlluLine.FeatsColumn), out var parsed) ? parsed : UdFeatures.Empty;
        var byLemma = reInflector is not null && line.Lemma != "_" ? index.Match([line.Lemma], 0) : null;
        var match = byLemma ?? index.Match([line.Form], 0);
        if (match is not { Length: 1 })
        {
            return [];
        }
        // Translations whose part of speech is known to differ from the word's are used only when nothing else is
        // there, and then not re-inflected (an English verb translated by a Spanish noun must not get verb endings).
        var agreeing = match.Candidates.Where(e => Agrees(e, line.Upos)).ToList();
        var reInflect = byLemma is not null && agreeing.Count > 0 && line.Upos != "PROPN";
        return chooser.Choose(agreeing.Count > 0 ? agreeing : match.Candidates).Where(e => !e.Target.Text.Contains(' '))
            .Select(entry => (entry, reInflect ? reInflector!.Inflect(entry.Target.Text, line.Upos, feats)
                : new ReInflection(entry.Target.Text, byLemma is null ? InflectionSource.Copied : InflectionSource.Lemma, null)))
            .ToList();
    }

    private static bool Agrees(LexiconEntry entry, string upos) =>
        PartOfSpeech.ToUniversal(entry.Target.Pos) is not { } target || target == upos || (target, upos) is ("VERB", "AUX");

    private static ConlluLine Apply(ConlluLine line, (LexiconEntry Entry, ReInflection Result) plan, SynthesisStatistics statistics, bool count)
    {
        if (count)
        {
            statistics.Made(plan.Result.Source);
        }
        var form = CaseStyles.Apply(CaseStyles.Of(line.Form), plan.Result.Form);
        var provenance = Provenance.Misc(plan.Entry, plan.Result);
        var misc = line.Misc == "_" ? provenance : $"{line.Misc}|{provenance}";
        return line.With(ConlluLine.FormColumn, form).With(ConlluLine.LemmaColumn, plan.Entry.Target.Text).With(ConlluLine.MiscColumn, misc);
    }

    private static List<string> Comments(ConlluSentence sentence, IReadOnlyList<ConlluLine> lines, int variant, int variants)
    {
        var comments = sentence.Comments.Select(c => c.StartsWith("# text = ", StringComparison.Ordinal) ? "# text = " + Provenance.Text(lines) : c).ToList();
        if (variants > 1)
        {
            comments.Add($"# langexpand_variant = {variant + 1} of {variants}");
        }
        return comments;
    }
}
