using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Alignment;
using LangExpand.Lexicons.Formats;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Induction;
using LangExpand.Parallel.Scoring;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Parallel;

/// <summary>File-level parallel-text jobs, one per CLI command: align, induce a lexicon, symmetrise, score.</summary>
public static class ParallelTasks
{
    /// <summary>
    /// Reads parallel text, tokenises it, trains word alignment (both directions in parallel and symmetrises them, or writes
    /// one direction, trained beside the other when <see cref="AlignmentOptions.Agreement"/> is set), and writes one Pharaoh line per sentence pair to <see cref="AlignFilesOptions.Output"/>. When the pairs
    /// have ids (verses), writes them, one per line in the same order, to <c>Output + ".ids"</c>; otherwise removes a
    /// stale file of that name, which belonged to an earlier output.
    /// </summary>
    public static AlignFilesSummary Align(AlignFilesOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var idsPath = options.Output + ".ids";
        OutputPaths.RefuseOverwriting([options.Output, idsPath], options.Inputs);
        var (input, corpus, links) = ReadAndAlign(options, progress);
        if (corpus.Ids is { } ids)
        {
            AtomicFile.WriteText(idsPath, writer => writer.Write(string.Concat(ids.Select(id => id + "\n"))));
        }
        else
        {
            File.Delete(idsPath);
        }
        PharaohFormat.Write(options.Output, links);
        return new AlignFilesSummary(input, links.Count, links.Sum(l => l.Count), corpus.Ids is null ? null : idsPath, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Reads and aligns parallel text like <see cref="Align"/> (both directions, symmetrised), then induces a lexicon from
    /// the links and writes it as lexicon TSV to <see cref="AlignFilesOptions.Output"/>. Lemma lexicons (an inflection
    /// table in any SIGMORPHON/UniMorph dialect, or an Apertium analyser as AT&amp;T text) make forms vote for lemmas.
    /// </summary>
    public static int InduceLexicon(AlignFilesOptions options, InductionOptions induction, string? sourceLemmas = null, string? targetLemmas = null,
        IProgress<string>? progress = null)
    {
        induction.Validate();
        OutputPaths.RefuseOverwriting([options.Output], [.. options.Inputs, .. new[] { sourceLemmas, targetLemmas }.OfType<string>()]);
        var (source, target) = (LemmaFiles.Read(sourceLemmas), LemmaFiles.Read(targetLemmas));
        var (input, corpus, links) = ReadAndAlign(options with { Symmetrization = options.Symmetrization ?? SymmetrizationMethod.GrowDiagFinalAnd }, progress);
        var resource = "induced:" + string.Join('+', options.Inputs.Select(Path.GetFileName));
        var entries = LexiconInducer.Induce(corpus, links, resource, induction, source, target);
        return LexiconTsvWriter.Write(entries, options.Output);
    }

    private static (ParallelInput Input, ParallelCorpus Corpus, IReadOnlyList<WordAlignment> Links) ReadAndAlign(AlignFilesOptions options, IProgress<string>? progress)
    {
        options.Alignment.Validate();
        var input = ParallelTextReader.Read(options.Inputs, options.Format, options.SourceLanguage, options.TargetLanguage);
        if (input.Pairs.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"no sentence pairs in {string.Join(" and ", options.Inputs)}");
        }
        progress?.Report($"read {input.Pairs.Count} pairs");
        var corpus = ParallelCorpus.Create(input.Pairs, options.Tokenizer, options.Tokenizer);
        var links = (options.Symmetrization, options.Alignment.Agreement, options.Direction) switch
        {
            ({ } method, _, _) => WordAligner.AlignBoth(corpus, options.Alignment, progress).Symmetrize(method),
            (null, true, AlignmentDirection.Forward) => WordAligner.AlignBoth(corpus, options.Alignment, progress).ForwardLinks,
            (null, true, _) => WordAligner.AlignBoth(corpus, options.Alignment, progress).ReverseLinks,
            _ => WordAligner.Train(corpus, options.Direction, options.Alignment, progress).Align(corpus),
        };
        return (input, corpus, links);
    }

    /// <summary>Symmetrises two Pharaoh files (forward and reverse, both source-target, one line per pair) into <paramref name="output"/>.</summary>
    public static int Symmetrize(string forward, string reverse, SymmetrizationMethod method, string output)
    {
        OutputPaths.RefuseOverwriting([output], [forward, reverse]);
        var (forwardLinks, reverseLinks) = (PharaohFormat.Read(forward), PharaohFormat.Read(reverse));
        if (forwardLinks.Count != reverseLinks.Count)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{forward} has {forwardLinks.Count} lines but {reverse} has {reverseLinks.Count}",
                expected: "one line per sentence pair in both");
        }
        var combined = forwardLinks.Select((f, k) => Symmetrizer.Combine(f, reverseLinks[k], method)).ToList();
        PharaohFormat.Write(output, combined);
        return combined.Count;
    }

    /// <summary>Scores the Pharaoh file <paramref name="test"/> against the gold file <paramref name="gold"/> (1-based, sure and possible links).</summary>
    public static AerScore ScoreAer(string gold, string test, bool oneBasedTest = false) =>
        AlignmentErrorRate.Score(GoldAlignment.Read(gold), PharaohFormat.Read(test, oneBasedTest));
}

/// <summary>What <see cref="ParallelTasks.Align"/> reads, how it aligns and where it writes; the defaults are the CLI's.</summary>
/// <param name="Inputs">One or two parallel text files.</param>
/// <param name="Output">The Pharaoh file to write.</param>
public sealed record AlignFilesOptions(IReadOnlyList<string> Inputs, string Output)
{
    /// <summary>The input format; detected from the content when null.</summary>
    public ParallelFormat? Format { get; init; }

    /// <summary>The source language (required for TMX; checked against Bible headers).</summary>
    public LanguageCode? SourceLanguage { get; init; }

    /// <summary>The target language (required for TMX; checked against Bible headers).</summary>
    public LanguageCode? TargetLanguage { get; init; }

    /// <summary>How to combine the two directions (default grow-diag-final-and); null to train and write only <see cref="Direction"/>.</summary>
    public SymmetrizationMethod? Symmetrization { get; init; } = SymmetrizationMethod.GrowDiagFinalAnd;

    /// <summary>The direction to write when <see cref="Symmetrization"/> is null (with <see cref="AlignmentOptions.Agreement"/>, both are trained).</summary>
    public AlignmentDirection Direction { get; init; } = AlignmentDirection.Forward;

    /// <summary>Word-alignment training settings.</summary>
    public AlignmentOptions Alignment { get; init; } = new();

    /// <summary>Tokenisation of both languages.</summary>
    public TokenizerOptions Tokenizer { get; init; } = new();
}

/// <summary>What <see cref="ParallelTasks.Align"/> did.</summary>
/// <param name="Input">The pairs read and the readers' notes.</param>
/// <param name="Pairs">Lines written.</param>
/// <param name="Links">Links written.</param>
/// <param name="IdsPath">The sidecar file of pair ids, when written.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record AlignFilesSummary(ParallelInput Input, int Pairs, int Links, string? IdsPath, double Seconds);
