using System.Globalization;
using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Analysis;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>One substitution made in token/tag TSV, for the provenance sidecar.</summary>
/// <param name="SentenceLine">Line of the source sentence's first token.</param>
/// <param name="Token">0-based index of the first target token in the output sentence.</param>
/// <param name="Source">The source tokens replaced, space-separated.</param>
/// <param name="Target">The target text written.</param>
/// <param name="Alternative">The entry and how the form was made.</param>
public sealed record TaggedSubstitution(int SentenceLine, int Token, string Source, string Target, Alternative Alternative)
{
    /// <summary>The sidecar's header line.</summary>
    public const string Header = "sentence_line\ttoken\tsource\ttarget\tentry\tinflection\tbundle\tconfidence";

    /// <summary>The sidecar line (tab-separated, in the order of <see cref="Header"/>).</summary>
    public override string ToString() => string.Join('\t', SentenceLine.ToString(CultureInfo.InvariantCulture), Token.ToString(CultureInfo.InvariantCulture),
        Source, Target, Provenance.EntryId(Alternative.Entry), Provenance.Name(Alternative.Result.Source), Alternative.Result.Features ?? "_",
        Provenance.Confidence(Alternative.Entry, Alternative.Result.Source).ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// Turns token/tag TSV (XTREME, WikiAnn: BIO labels) into target-language TSV. Labels are kept exactly: a span is
/// matched only within one label run (all <c>O</c>, or one entity's <c>B-X I-X …</c>, or one repeated plain tag), and a
/// span that becomes several target tokens keeps its first label on the first token and the continuation on the rest
/// (<c>B-X</c>/<c>I-X</c> → <c>I-X</c>; <c>O</c> and plain tags repeat). Tokens are analysed with the source analyser
/// when one is given, so lemmas can be re-inflected.
/// </summary>
public sealed class TaggedTokenSynthesizer(SubstitutionPlanner planner, SourceAnalyser? analyser, LabelledSynthesisOptions options)
{
    /// <summary>Synthesises <paramref name="sentences"/> lazily, counting into <paramref name="statistics"/> and reporting each substitution to <paramref name="record"/>.</summary>
    public IEnumerable<TaggedSentence> Synthesize(IEnumerable<TaggedSentence> sentences, SynthesisStatistics statistics, Action<TaggedSubstitution>? record = null)
    {
        var ordinal = 0L;
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens.Select(t => analyser?.Analyse(t.Token) ?? new SourceToken(t.Token)).ToList();
            var labels = sentence.Tokens.Select(t => t.Label).ToList();
            var spans = planner.Match(tokens, options.Choice.Start(ordinal++), start => RunLength(labels, start));
            var coverage = SentenceCoverage.Of(tokens, spans);
            var variants = coverage.Meets(options.MinCoverage) ? coverage.Variants : 0;
            statistics.Sentence(coverage, variants);
            var replacements = spans.Select(span => planner.Realize(span, tokens)).ToList();
            for (var variant = 0; variant < variants; variant++)
            {
                yield return new TaggedSentence(Write(sentence, tokens, replacements, variant, variant == 0 ? statistics : null, record), sentence.LineNumber);
            }
        }
    }

    /// <summary>The label a token continuing a span labelled <paramref name="label"/> gets.</summary>
    public static string Continuation(string label) => label.StartsWith("B-", StringComparison.Ordinal) ? "I-" + label[2..] : label;

    private static int RunLength(List<string> labels, int start)
    {
        var next = Continuation(labels[start]);
        var end = start + 1;
        while (end < labels.Count && labels[end] == next)
        {
            end++;
        }
        return end - start;
    }

    private static List<TaggedToken> Write(TaggedSentence sentence, List<SourceToken> tokens, List<Replacement> replacements, int variant,
        SynthesisStatistics? statistics, Action<TaggedSubstitution>? record)
    {
        var output = new List<TaggedToken>();
        var next = 0;
        foreach (var replacement in replacements)
        {
            output.AddRange(sentence.Tokens.Skip(next).Take(replacement.Start - next));
            var alternative = TextSynthesizer.Pick(replacement, variant);
            var target = TextSynthesizer.Target(tokens[replacement.Start], alternative);
            var label = sentence.Tokens[replacement.Start].Label;
            if (statistics is not null)
            {
                statistics.Made(alternative.Result.Source);
                record?.Invoke(new TaggedSubstitution(sentence.LineNumber, output.Count,
                    string.Join(' ', sentence.Tokens.Skip(replacement.Start).Take(replacement.Length).Select(t => t.Token)), target, alternative));
            }
            output.AddRange(target.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((token, i) => new TaggedToken(token, i == 0 ? label : Continuation(label))));
            next = replacement.Start + replacement.Length;
        }
        output.AddRange(sentence.Tokens.Skip(next));
        return output;
    }
}
