using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// A trained directional word-alignment model (IBM Model 2 as reparameterised by fast_align): the translation table, the
/// learned diagonal tension and the fixed null probability. It aligns the sentence pairs of the corpus it was trained on.
/// When training cut words to prefixes (<see cref="AlignmentOptions.StemLength"/>), the table and vocabularies are the prefixes'.
/// </summary>
public sealed class AlignmentModel
{
    private readonly ParallelCorpus _corpus;
    private readonly DirectionView _view;
    private readonly double? _tension;

    internal AlignmentModel(ParallelCorpus corpus, DirectionView view, TranslationTable table, double? tension, double nullProbability,
        IReadOnlyList<IterationStatistics> history)
    {
        _corpus = corpus;
        _view = view;
        _tension = tension;
        Translations = table;
        NullProbability = nullProbability;
        History = history;
    }

    /// <summary>Which language this model generates from which.</summary>
    public AlignmentDirection Direction => _view.Direction;

    /// <summary>
    /// <c>p(generated word | given word)</c>: for <see cref="AlignmentDirection.Forward"/> given ids are source-vocabulary ids
    /// and words target-vocabulary ids; the other way round for <see cref="AlignmentDirection.Reverse"/>.
    /// </summary>
    public TranslationTable Translations { get; }

    /// <summary>The vocabulary of the given (conditioning) language (its prefixes when training cut words).</summary>
    public Vocabulary GivenVocabulary => _view.Given.Vocabulary;

    /// <summary>The vocabulary of the generated language (its prefixes when training cut words).</summary>
    public Vocabulary GeneratedVocabulary => _view.Generated.Vocabulary;

    /// <summary>The diagonal tension λ after training, or null when the model is IBM Model 1 (no diagonal prior).</summary>
    public double? DiagonalTension => _tension;

    /// <summary>The prior probability of a link to null.</summary>
    public double NullProbability { get; }

    /// <summary>Perplexity and tension per EM iteration.</summary>
    public IReadOnlyList<IterationStatistics> History { get; }

    /// <summary>The Viterbi (most probable) alignment of every pair of <paramref name="corpus"/>, in source-target orientation.</summary>
    /// <exception cref="ArgumentException"><paramref name="corpus"/> is not the corpus the model was trained on.</exception>
    public IReadOnlyList<WordAlignment> Align(ParallelCorpus corpus)
    {
        if (!ReferenceEquals(corpus, _corpus))
        {
            throw new ArgumentException("the model aligns only the corpus it was trained on", nameof(corpus));
        }
        var scorer = new SentenceScorer(_view, Translations, NullProbability);
        var alignments = new WordAlignment[corpus.Count];
        var links = new List<AlignmentLink>();
        for (var k = 0; k < corpus.Count; k++)
        {
            links.Clear();
            scorer.Viterbi(k, _tension, links);
            alignments[k] = new WordAlignment(links);
        }
        return alignments;
    }
}
