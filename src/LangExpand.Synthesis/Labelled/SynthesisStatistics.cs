using System.Text.Json.Nodes;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>Counts of a synthesis run: sentences in and out, words seen and substituted, and how forms were made.</summary>
public sealed class SynthesisStatistics
{
    private readonly Dictionary<InflectionSource, int> _sources = [];

    /// <summary>Sentences read.</summary>
    public int SentencesIn { get; private set; }

    /// <summary>Sentences written (variants included).</summary>
    public int SentencesOut { get; private set; }

    /// <summary>Sentences dropped for low coverage.</summary>
    public int SentencesDropped { get; private set; }

    /// <summary>Sentences skipped because the same source line came before.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Word tokens containing a letter.</summary>
    public int Words { get; private set; }

    /// <summary>Word tokens replaced by a translation.</summary>
    public int Substituted { get; private set; }

    /// <summary>Share of words substituted (0 when none were seen).</summary>
    public double Coverage => Words == 0 ? 0 : (double)Substituted / Words;

    /// <summary>Substituted tokens by how their form was made.</summary>
    public IReadOnlyDictionary<InflectionSource, int> Sources => _sources;

    /// <summary>Counts a sentence read, with its coverage, and how many outputs it gave (0: dropped).</summary>
    public void Sentence(SentenceCoverage coverage, int written)
    {
        var (words, substituted) = (coverage.Words, coverage.Substituted);
        (SentencesIn, Words, Substituted) = (SentencesIn + 1, Words + words, Substituted + substituted);
        (SentencesOut, SentencesDropped) = (SentencesOut + written, SentencesDropped + (written == 0 ? 1 : 0));
    }

    /// <summary>Counts a sentence skipped as a repeat of an earlier one.</summary>
    public void Duplicate() => Duplicates++;

    /// <summary>Counts one substituted token (or span) by how its form was made.</summary>
    public void Made(InflectionSource source) => _sources[source] = _sources.GetValueOrDefault(source) + 1;

    /// <summary>The counts as a JSON object (for the run manifest).</summary>
    public JsonObject ToJson() => new()
    {
        ["sentences_in"] = SentencesIn,
        ["sentences_out"] = SentencesOut,
        ["sentences_dropped"] = SentencesDropped,
        ["duplicates"] = Duplicates,
        ["words"] = Words,
        ["substituted"] = Substituted,
        ["coverage"] = Math.Round(Coverage, 6),
        ["inflection_sources"] = new JsonObject(Enum.GetValues<InflectionSource>()
            .Select(s => KeyValuePair.Create(s.ToString().ToLowerInvariant(), (JsonNode?)_sources.GetValueOrDefault(s)))),
    };

    /// <summary>One line for stderr.</summary>
    public override string ToString() =>
        $"{SentencesIn} sentences in, {SentencesOut} out ({SentencesDropped} dropped{(Duplicates > 0 ? $", {Duplicates} duplicates skipped" : "")}); {Substituted} of {Words} words substituted " +
        $"(coverage {Coverage:P1}, OOV {1 - Coverage:P1}); forms: " +
        string.Join(", ", Enum.GetValues<InflectionSource>().Select(s => $"{s.ToString().ToLowerInvariant()} {_sources.GetValueOrDefault(s)}"));
}
