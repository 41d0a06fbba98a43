using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Turns MASSIVE-style JSONL utterances into target-language utterances: each segment of <c>annot_utt</c> is substituted
/// on its own (a match never crosses a slot bracket), slot brackets stay around the translated value, <c>utt</c> is
/// rewritten as the plain text, the intent and every other field are untouched, and the substitutions are listed in a
/// <c>langexpand</c> field.
/// </summary>
public sealed class UtteranceSynthesizer(TextSynthesizer text, LabelledSynthesisOptions options)
{
    /// <summary>The field holding the provenance of the substitutions.</summary>
    public const string ProvenanceField = "langexpand";

    /// <summary>Synthesises <paramref name="records"/> lazily, counting into <paramref name="statistics"/>.</summary>
    public IEnumerable<UtteranceRecord> Synthesize(IEnumerable<UtteranceRecord> records, SynthesisStatistics statistics)
    {
        var ordinal = 0L;
        foreach (var record in records)
        {
            var chooser = options.Choice.Start(ordinal++);
            var plans = record.Segments.Select(segment => text.Plan(segment.Text, chooser)).ToList();
            var coverage = plans.Select(p => p.Coverage).Aggregate(new SentenceCoverage(0, 0, 1),
                (sum, c) => new SentenceCoverage(sum.Words + c.Words, sum.Substituted + c.Substituted, Math.Max(sum.Variants, c.Variants)));
            var variants = coverage.Meets(options.MinCoverage) ? coverage.Variants : 0;
            statistics.Sentence(coverage, variants);
            var replacements = plans.Select(text.Realize).ToList();
            for (var variant = 0; variant < variants; variant++)
            {
                yield return Write(record, plans, replacements, variant, variants, variant == 0 ? statistics : null);
            }
        }
    }

    private static UtteranceRecord Write(UtteranceRecord record, List<PlannedText> plans, List<IReadOnlyList<Replacement>> replacements, int variant, int variants,
        SynthesisStatistics? statistics)
    {
        var substitutions = new JsonArray();
        var segments = record.Segments.Select((segment, i) =>
        {
            foreach (var replacement in replacements[i])
            {
                var alternative = TextSynthesizer.Pick(replacement, variant);
                statistics?.Made(alternative.Result.Source);
                var source = string.Join(' ', plans[i].Text.Tokens.Skip(replacement.Start).Take(replacement.Length));
                var substitution = Provenance.Json(source, TextSynthesizer.Target(plans[i].Tokens[replacement.Start], alternative), alternative);
                if (segment.Slot is { } slot)
                {
                    substitution["slot"] = slot;
                }
                substitutions.Add(substitution);
            }
            return segment with { Text = TextSynthesizer.Write(plans[i], replacements[i], variant) };
        }).ToList();
        var json = (JsonObject)record.Json.DeepClone();
        json[UtteranceFile.AnnotatedField] = SlotAnnotation.Format(segments);
        if (json.ContainsKey(UtteranceFile.PlainField))
        {
            json[UtteranceFile.PlainField] = SlotAnnotation.PlainText(segments);
        }
        var provenance = new JsonObject { ["substitutions"] = substitutions };
        if (variants > 1)
        {
            provenance["variant"] = variant + 1;
            provenance["variants"] = variants;
        }
        json[ProvenanceField] = provenance;
        return new UtteranceRecord(json, segments, record.LineNumber);
    }
}
