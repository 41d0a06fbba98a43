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
    private readonly SubstitutionPlanner _planner = new(index, reInflector, oneToOne: true);
    private const int MiscCacheLimit = 200_000;
    private readonly Dictionary<LexiconEntry, string> _entryIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(LexiconEntry Entry, ReInflection Result), string> _miscs = new(ReferencePair.Comparer);

    /// <summary>Synthesises <paramref name="sentences"/> lazily, counting into <paramref name="statistics"/>.</summary>
    public IEnumerable<ConlluSentence> Synthesize(IEnumerable<ConlluSentence> sentences, SynthesisStatistics statistics)
    {
        var ordinal = 0L;
        foreach (var sentence in sentences)
        {
            var words = new List<int>();
            for (var i = 0; i < sentence.Lines.Count; i++)
            {
                if (sentence.Lines[i].Kind == ConlluLineKind.Word)
                {
                    words.Add(i);
                }
            }
            var tokens = words.Select(i => Token(sentence.Lines[i], reInflector is not null)).ToList();
            var spans = _planner.Match(tokens, options.Choice.Start(ordinal++));
            var coverage = SentenceCoverage.Of(tokens, spans);
            var variants = coverage.Meets(options.MinCoverage) ? coverage.Variants : 0;
            statistics.Sentence(coverage, variants);
            var replacements = spans.Select(span => _planner.Realize(span, tokens)).ToList();
            for (var variant = 0; variant < variants; variant++)
            {
                var lines = sentence.Lines.ToList();
                foreach (var replacement in replacements)
                {
                    var line = words[replacement.Start];
                    lines[line] = Apply(lines[line], replacement.Alternatives[Math.Min(variant, replacement.Alternatives.Count - 1)], statistics, variant == 0);
                }
                yield return new ConlluSentence(Comments(sentence, lines, variant, variants), lines, sentence.LineNumber);
            }
        }
    }

    /// <summary>The word as a source token; lemma and features are read only when they will be re-inflected.</summary>
    private static SourceToken Token(ConlluLine line, bool analysed) => analysed
        ? new(line.Form, line.Lemma == "_" ? null : line.Lemma, UposTags.Of(line.Column(ConlluLine.UposColumn)),
            UdFeatures.TryParse(line.Column(ConlluLine.FeatsColumn), out var feats) ? feats : null)
        : new(line.Form, null, UposTags.Of(line.Column(ConlluLine.UposColumn)));

    private ConlluLine Apply(ConlluLine line, Alternative alternative, SynthesisStatistics statistics, bool count)
    {
        if (count)
        {
            statistics.Made(alternative.Result.Source);
        }
        var form = CaseStyles.Apply(CaseStyles.Of(line.Column(ConlluLine.FormColumn)), alternative.Result.Form);
        var provenance = Misc(alternative);
        var misc = line.Column(ConlluLine.MiscColumn) is "_" ? provenance : $"{line.Misc}|{provenance}";
        return line.With((ConlluLine.FormColumn, form), (ConlluLine.LemmaColumn, alternative.Entry.Target.Text), (ConlluLine.MiscColumn, misc));
    }

    /// <summary>The MISC provenance of <paramref name="alternative"/>, made once per (entry, result) pair (both are shared objects).</summary>
    private string Misc(Alternative alternative)
    {
        if (_miscs.TryGetValue((alternative.Entry, alternative.Result), out var cached))
        {
            return cached;
        }
        if (!_entryIds.TryGetValue(alternative.Entry, out var entryId))
        {
            _entryIds[alternative.Entry] = entryId = Provenance.Escape(Provenance.EntryId(alternative.Entry));
        }
        if (_miscs.Count >= MiscCacheLimit)
        {
            _miscs.Clear();
        }
        return _miscs[(alternative.Entry, alternative.Result)] = Provenance.Misc(entryId, alternative.Result, alternative.Entry);
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

    /// <summary>Compares (entry, result) pairs by identity.</summary>
    private sealed class ReferencePair : IEqualityComparer<(LexiconEntry Entry, ReInflection Result)>
    {
        public static readonly ReferencePair Comparer = new();

        public bool Equals((LexiconEntry Entry, ReInflection Result) x, (LexiconEntry Entry, ReInflection Result) y) =>
            ReferenceEquals(x.Entry, y.Entry) && ReferenceEquals(x.Result, y.Result);

        public int GetHashCode((LexiconEntry Entry, ReInflection Result) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Entry), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Result));
    }
}
