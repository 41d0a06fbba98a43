using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Turns source-language CoNLL-U into synthetic target-language CoNLL-U, word by word: a word whose LEMMA the lexicon
/// translates is re-inflected to carry its UPOS/FEATS (when a target paradigm table is given); otherwise a word whose
/// FORM the lexicon translates gets that translation as written; other words are kept (code-switching). UPOS, HEAD and
/// DEPREL stay; FEATS stay too, except on a word re-inflected from a bundle (table or model), whose FEATS become the
/// target's (<see cref="TargetFeats"/>: features the target part of speech marks come from the bundle, the rest from the
/// source), the source's kept in MISC <c>SourceFeats</c> (<see cref="SourceFeatsMisc"/>); LEMMA becomes the target
/// lemma; MISC records the lexicon entry, how the form was made and a confidence; <c># text</c> is rebuilt. Multiword-token lines and translations of several words are left as they are.
/// Streams: sentences are read into a reused buffer and written straight out (<see cref="SynthesizedConlluWriter"/>);
/// repeated forms, lemmas and features are looked up, not copied.
/// </summary>
public sealed class ConlluSynthesizer(TranslationIndex index, ReInflector? reInflector, LabelledSynthesisOptions options)
{
    private readonly SubstitutionPlanner _planner = new(index, reInflector, oneToOne: true);
    private readonly SpanCache<LookedUpWord> _words = new(text => new LookedUpWord(text, new SourceToken(text).IsWord, index.Match(text)));
    private readonly SpanCache<UdFeatures?> _features = new(text => UdFeatures.TryParse(text, out var feats) ? feats : null);
    private readonly SynthesizedConlluWriter _writer = new();
    private readonly Chooser _chooser = options.Choice.Start(0);
    private readonly List<int> _wordLines = [];
    private readonly List<WordReplacement> _replacements = [];

    /// <summary>Synthesises <paramref name="sentences"/> into <paramref name="output"/>, counting into <paramref name="statistics"/>.</summary>
    public void Synthesize(IEnumerable<ConlluSentenceView> sentences, TextWriter output, SynthesisStatistics statistics)
    {
        var ordinal = 0L;
        foreach (var sentence in sentences)
        {
            _chooser.Restart(ordinal++);
            var coverage = Plan(sentence, _chooser);
            var variants = coverage.Meets(options.MinCoverage) ? coverage.Variants : 0;
            statistics.Sentence(coverage, variants);
            for (var i = 0; variants > 0 && i < _replacements.Count; i++)
            {
                statistics.Made(_replacements[i].Alternatives[0].Result.Source);
            }
            for (var variant = 0; variant < variants; variant++)
            {
                _writer.Write(sentence, _wordLines, _replacements, variant, variants, output);
            }
        }
    }

    /// <summary>
    /// Plans the sentence's replacements into <see cref="_replacements"/>, one word at a time (CoNLL-U is one-to-one),
    /// with the lexicon lookups of each form and lemma cached; returns its coverage.
    /// </summary>
    private SentenceCoverage Plan(ConlluSentenceView sentence, Chooser chooser)
    {
        _wordLines.Clear();
        _replacements.Clear();
        var (words, variants) = (0, 1);
        for (var line = 0; line < sentence.Count; line++)
        {
            if (sentence.Kind(line) != ConlluLineKind.Word)
            {
                continue;
            }
            _wordLines.Add(line);
            var form = _words.Get(sentence.Column(line, ConlluLine.FormColumn));
            if (!form.IsWord)
            {
                continue;
            }
            words++;
            var upos = UposTags.Of(sentence.Column(line, ConlluLine.UposColumn));
            var lemma = reInflector is null || sentence.Column(line, ConlluLine.LemmaColumn) is "_" ? null : _words.Get(sentence.Column(line, ConlluLine.LemmaColumn));
            var token = reInflector is null ? new SourceToken(form.Text, null, upos)
                : new SourceToken(form.Text, lemma?.Text, upos, _features.Get(sentence.Column(line, ConlluLine.FeatsColumn)));
            if (_planner.WordAlternatives(token, chooser, lemma?.Match, form.Match) is { } alternatives)
            {
                _replacements.Add(new WordReplacement(_wordLines.Count - 1, alternatives));
                variants = Math.Max(variants, alternatives.Count);
            }
        }
        return new SentenceCoverage(words, _replacements.Count, variants);
    }

    /// <summary>A form or lemma as read, whether it is a word (has a letter), and the lexicon's match for it.</summary>
    private sealed record LookedUpWord(string Text, bool IsWord, TranslationMatch? Match);
}
