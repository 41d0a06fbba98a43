using System.Diagnostics;
using System.Globalization;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Tagging.Projection;

/// <summary>What <see cref="TagProjection.ProjectFiles"/> did.</summary>
/// <param name="Pairs">Sentence pairs read.</param>
/// <param name="Sentences">Target sentences written (kept by <see cref="ProjectionOptions.MinLabelledShare"/>).</param>
/// <param name="Words">Target words written.</param>
/// <param name="Labelled">Of those, words with a projected UPOS.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
public sealed record ProjectionSummary(int Pairs, int Sentences, int Words, int Labelled, double Seconds);

/// <summary>
/// The file-level job behind <c>langexpand tag project</c> and the pack's <c>task-project</c> step: an averaged-perceptron
/// UPOS tagger trained on source-language CoNLL-U tags the source side of parallel text; both sides are word-aligned
/// (both directions, grow-diag-final-and, on lower-cased tokens) and the tags are projected onto the target side
/// (<see cref="TagProjector"/>), written as CoNLL-U whose labelled words carry MISC <see cref="MorphoLabel.UposOnly"/>
/// and whose unlabelled words have UPOS <c>_</c>: partial labels the peer and encoder taggers train on.
/// </summary>
public static class TagProjection
{
    /// <summary>Projects the UPOS of <paramref name="sourceData"/>'s language through <paramref name="parallel"/> into <paramref name="output"/>.</summary>
    /// <param name="sourceData">CoNLL-U files of the source language (UPOS is read).</param>
    /// <param name="parallel">Parallel text in any format <see cref="ParallelTextReader"/> reads (two verse files, one Moses pair, …).</param>
    /// <param name="output">The CoNLL-U file to write (atomically).</param>
    /// <param name="options">Filtering and seed.</param>
    /// <param name="format">The parallel format; detected when null.</param>
    /// <param name="sourceLanguage">The source language (TMX needs it; checked against Bible headers).</param>
    /// <param name="targetLanguage">The target language (likewise).</param>
    public static ProjectionSummary ProjectFiles(IReadOnlyList<string> sourceData, IReadOnlyList<string> parallel, string output, ProjectionOptions options,
        ParallelFormat? format = null, LanguageCode? sourceLanguage = null, LanguageCode? targetLanguage = null)
    {
        options.Validate();
        OutputPaths.RefuseOverwriting([output], [.. sourceData, .. parallel]);
        var clock = Stopwatch.StartNew();
        var training = sourceData.SelectMany(TaggedConllu.Read).Select(UposOnly).ToList();
        var tagger = PeerTaggers.Train(PeerTaggerKind.Perceptron, training, new PeerTaggerOptions(Seed: options.Seed), sourceData);
        var pairs = ParallelTextReader.Read(parallel, format, sourceLanguage, targetLanguage).Pairs;
        if (pairs.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"no sentence pair in {string.Join(" and ", parallel)} (for verses: no verse id in common)",
                new SourceLocation(parallel[^1], 0), "parallel text with at least one pair");
        }
        var cased = new WordTokenizer(new TokenizerOptions { Lowercase = false });
        var source = pairs.Select(p => cased.Tokenize(p.Source)).ToList();
        var target = pairs.Select(p => cased.Tokenize(p.Target)).ToList();
        var sourceTags = tagger.Predict(source);
        var aligned = Align(source, target);
        var projected = TagProjector.Project([.. pairs.Select((_, k) => new AlignedPair([.. sourceTags[k].Select(t => MorphoLabel.Split(t).Upos)], target[k], aligned[k]))], options);
        var sentences = projected.Select(p => Sentence(pairs[p.Pair], k: p.Pair, target[p.Pair], p.Tags)).ToList();
        ConlluWriter.Write(sentences, output);
        return new ProjectionSummary(pairs.Count, sentences.Count, projected.Sum(p => p.Tags.Length), projected.Sum(p => p.Tags.Count(t => t is not null)), clock.Elapsed.TotalSeconds);
    }

    private static TaggedSentence UposOnly(TaggedSentence sentence) =>
        sentence with { Tokens = [.. sentence.Tokens.Select(t => t.Label == MorphoLabel.Unknown ? t : t with { Label = MorphoLabel.Split(t.Label).Upos })] };

    /// <summary>Grow-diag-final-and links of each pair, aligned on the lower-cased tokens.</summary>
    private static IReadOnlyList<(int Source, int Target)[]> Align(IReadOnlyList<IReadOnlyList<string>> source, IReadOnlyList<IReadOnlyList<string>> target)
    {
        var joined = source.Select((s, k) => new SentencePair(string.Join(' ', s), string.Join(' ', target[k]))).ToList();
        var whitespace = new TokenizerOptions { Mode = TokenizerMode.Whitespace };
        var corpus = ParallelCorpus.Create(joined, whitespace, whitespace);
        return [.. WordAligner.AlignBoth(corpus).Symmetrize(SymmetrizationMethod.GrowDiagFinalAnd).Select(a => a.Links.Select(l => (l.Source, l.Target)).ToArray())];
    }

    private static ConlluSentence Sentence(SentencePair pair, int k, IReadOnlyList<string> words, string?[] tags)
    {
        var id = pair.Id ?? (k + 1).ToString(CultureInfo.InvariantCulture);
        var lines = words.Select((word, w) => ConlluLine.Parse(string.Join('\t',
            (w + 1).ToString(CultureInfo.InvariantCulture), word, "_", tags[w] ?? "_", "_", "_", "_", "_", "_", tags[w] is null ? "_" : MorphoLabel.UposOnly))!).ToList();
        return new ConlluSentence([$"# sent_id = {id}", $"# text = {pair.Target}"], lines);
    }
}
