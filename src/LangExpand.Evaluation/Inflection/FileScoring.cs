using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Data;

namespace LangExpand.Evaluation.Inflection;

/// <summary>Options of <see cref="FileScoring.Score"/>.</summary>
/// <param name="GoldFile">Gold data with forms, any dialect.</param>
/// <param name="PredictionFile">Predictions, any dialect (lines are matched by lemma and features, not by position).</param>
/// <param name="TrainFile">Training data for the seen/unseen breakdown; null for none.</param>
/// <param name="Scoring">Comparison choices.</param>
/// <param name="Format">Forces the dialect of all files; null detects each.</param>
public sealed record ScoreFilesOptions(string GoldFile, string PredictionFile, string? TrainFile = null, ScoringOptions? Scoring = null, InflectionFormat? Format = null);

/// <summary>Scores prediction files against gold files (the <c>inflect score</c> job).</summary>
public static class FileScoring
{
    /// <summary>Reads the files and scores one language, named after the gold file's dataset id.</summary>
    public static ScoreReport Score(ScoreFilesOptions options)
    {
        var gold = InflectionReader.Read(options.GoldFile, options.Format);
        var predictions = InflectionReader.Read(options.PredictionFile, options.Format);
        var training = options.TrainFile is null ? null : InflectionReader.Read(options.TrainFile, options.Format).Triples;
        if (gold.Records.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "gold file has no lines to score", new SourceLocation(options.GoldFile, 0),
                "at least one gold line with lemma, features and form");
        }
        var missing = gold.Records.FirstOrDefault(r => r.Triple.Form is null);
        if (missing is not null)
        {
            throw new LangExpandException(ErrorCode.MalformedLine, "gold line has no form",
                new SourceLocation(options.GoldFile, missing.Line), "a gold file with forms (not a covered file)");
        }
        var language = SigmorphonFile.Classify(options.GoldFile)?.Language ?? Path.GetFileName(options.GoldFile);
        return new ScoreReport([InflectionScorer.Score(language, gold.Triples, predictions.Triples, training, options.Scoring)]);
    }
}
