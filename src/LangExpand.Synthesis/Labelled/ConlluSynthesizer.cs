using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Turns source-language CoNLL-U into synthetic target-language CoNLL-U, word by word: a word whose LEMMA the lexicon
/// translates is re-inflected to carry its UPOS/FEATS (when a target paradigm table is given); otherwise a word whose
/// FORM the lexicon translates gets that translation as written; other words are kept (code-switching). UPOS, FEATS,
/// HEAD and DEPREL stay; LEMMA becomes the target lemma; MISC records the lexicon entry, how the form was made and a
/// confidence; <c># text</c> is rebuilt. Multiword-token lines and translations of several words are left as they are.
/// Streams: sentences are read into a reused buffer and written straight out (<see cref="SynthesizedConlluWriter"/>);
/// repeated forms, lemmas and features are looked up, not copied.
/// </summary>
public sealed class ConlluSynthesizer(TranslationIndex index, ReInflector? reInflector, LabelledSynthesisOptions options)
{
    private readonly SubstitutionPlanner _planner = new(index, reInflector, oneToOne: true);
    private readonly SpanCache<string> _words = new(text => text);
    private readonly SpanCache<UdFeatures?> _features = new(text => UdFeatures.TryParse(text, out var feats) ? feats : null);
    private readonly SynthesizedConlluWriter _writer = new();
    private readonly List<SourceToken> _tokens = [];
    private readonly List<int> _wordLines = [];
    private readonly List<Replacement> _replacements = [];

    /// <summary>Synthesises <paramref name="sentences"/> into <paramref name="output"/>, counting into <paramref name="statistics"/>.</summary>
    public void Synthesize(IEnumerable<ConlluSentenceView> sentences, TextWriter output, SynthesisStatistics statistics)
    {
        var ordinal = 0L;
        foreach (var sentence in sentences)
        {
            _tokens.Clear();
            _wordLines.Clear();
            _replacements.Clear();
            for (var i = 0; i < sentence.Count; i++)
            {
                if (sentence.Kind(i) == ConlluLineKind.Word)
                {
                    _wordLines.Add(i);
                    _tokens.Add(Token(sentence, i));
                }
            }
            var spans = _planner.Match(_tokens, options.Choice.Start(ordinal++));
            var coverage = SentenceCoverage.Of(_tokens, spans);
            var variants = coverage.Meets(options.MinCoverage) ? coverage.Variants : 0;
            statistics.Sentence(coverage, variants);
            for (var i = 0; variants > 0 && i < spans.Count; i++)
            {
                _replacements.Add(_planner.Realize(spans[i], _tokens));
                statistics.Made(_replacements[i].Alternatives[0].Result.Source);
            }
            for (var variant = 0; variant < variants; variant++)
            {
                _writer.Write(sentence, _wordLines, _replacements, variant, variants, output);
            }
        }
    }

    /// <summary>Word line <paramref name="line"/> as a source token; lemma and features are read only when they will be re-inflected.</summary>
    private SourceToken Token(ConlluSentenceView sentence, int line)
    {
        var form = _words.Get(sentence.Column(line, ConlluLine.FormColumn));
        var upos = UposTags.Of(sentence.Column(line, ConlluLine.UposColumn));
        if (reInflector is null)
        {
            return new(form, null, upos);
        }
        var lemma = sentence.Column(line, ConlluLine.LemmaColumn);
        return new(form, lemma is "_" ? null : _words.Get(lemma), upos, _features.Get(sentence.Column(line, ConlluLine.FeatsColumn)));
    }
}
