using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons;
using LangExpand.Lexicons.Formats;

namespace LangExpand.Evaluation.Lexicons;

/// <summary>Precision at 1 of a lexicon against a reference dictionary.</summary>
/// <param name="Sources">Source words of the lexicon that the reference also has (the words evaluated).</param>
/// <param name="Correct">Evaluated words whose best translation is one of the reference's translations.</param>
/// <param name="LexiconSources">Distinct source words in the lexicon.</param>
public sealed record LexiconPrecision(int Sources, int Correct, int LexiconSources)
{
    /// <summary>Correct / evaluated, in percent (0 when nothing was evaluated).</summary>
    public double PrecisionAtOne => Sources == 0 ? 0 : 100.0 * Correct / Sources;

    /// <summary>
    /// Scores <paramref name="lexicon"/> against <paramref name="reference"/>: for each source word (compared lower-cased)
    /// that both have, the lexicon's best translation (highest score, earliest on ties) is right when the reference lists
    /// it for that word. Reference entries valid only from target to source are ignored.
    /// </summary>
    public static LexiconPrecision Score(IEnumerable<LexiconEntry> lexicon, IEnumerable<LexiconEntry> reference)
    {
        var known = reference.Where(e => e.Direction != LexiconDirection.TargetToSource)
            .GroupBy(e => e.Source.Text.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Target.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var best = lexicon.GroupBy(e => e.Source.Text.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Target: g.Aggregate((a, b) => b.Score > a.Score ? b : a).Target.Text.ToLowerInvariant()))
            .ToList();
        var evaluated = best.Where(b => known.ContainsKey(b.Source)).ToList();
        return new LexiconPrecision(evaluated.Count, evaluated.Count(b => known[b.Source].Contains(b.Target)), best.Count);
    }

    /// <summary>
    /// Reads and scores the lexicon TSV files at <paramref name="lexiconPath"/> and <paramref name="referencePath"/> (the
    /// <c>lexicon evaluate</c> job); a lexicon none of whose source words the reference has is an error, not 0 %.
    /// </summary>
    public static LexiconPrecision ScoreFiles(string lexiconPath, string referencePath)
    {
        var score = Score(LexiconTsvReader.Read(lexiconPath), LexiconTsvReader.Read(referencePath));
        return score.Sources > 0 ? score
            : throw new LangExpandException(ErrorCode.NotEnoughData,
                $"nothing to score: none of the {score.LexiconSources} source words of {lexiconPath} is in {referencePath}",
                expected: "a lexicon and a reference that share source words");
    }

    /// <summary>A one-line summary.</summary>
    public override string ToString() =>
        $"precision@1 {PrecisionAtOne:F1}% ({Correct} of {Sources} source words found in the reference; {LexiconSources} in the lexicon)";

    /// <summary>The figures as indented JSON.</summary>
    public string ToJson() => new JsonObject
    {
        ["precision_at_1"] = Math.Round(PrecisionAtOne, 4),
        ["correct"] = Correct,
        ["evaluated"] = Sources,
        ["lexicon_sources"] = LexiconSources,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
