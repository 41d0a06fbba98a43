using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Tagging.Lookup;
using LangExpand.Tagging.Perceptron;

namespace LangExpand.Tagging;

/// <summary>
/// The cheap peers of an encoder's UPOS/UFeats tagger: train one by kind, load one by its directory's <c>type</c>, and
/// tag a CoNLL-U file with it.
/// </summary>
public static class PeerTaggers
{
    /// <summary>
    /// Trains a <paramref name="kind"/> tagger on <paramref name="sentences"/> (labels: <see cref="MorphoLabel"/>s), read from
    /// the files <paramref name="sources"/> (named in errors) when given.
    /// </summary>
    /// <exception cref="LangExpandException">The sentences hold no word, or no word with a whole label.</exception>
    /// <exception cref="ArgumentException">A word or label is empty or holds a tab or a line break.</exception>
    public static ITokenTagger Train(PeerTaggerKind kind, IReadOnlyList<TaggedSentence> sentences, PeerTaggerOptions? options = null, IReadOnlyList<string>? sources = null)
    {
        var tokens = sentences.SelectMany(s => s.Tokens).ToList();
        var data = sources is { Count: > 0 } ? string.Join(", ", sources) : "the training data";
        var location = sources is { Count: > 0 } ? new SourceLocation(sources[0], 0) : (SourceLocation?)null;
        if (tokens.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{data} holds no word", location, "at least one sentence with words");
        }
        if (tokens.All(t => MorphoLabel.IsPartial(t.Label)))
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"no word of {data} has a whole label", location, "at least one word whose UPOS and FEATS are known");
        }
        if (tokens.FirstOrDefault(t => !ConlluLine.IsValidField(t.Token) || !ConlluLine.IsValidField(t.Label)) is { } bad)
        {
            throw new ArgumentException($"words and labels must be non-empty and hold no tab or line break: '{bad.Token}' '{bad.Label}'", nameof(sentences));
        }
        return kind == PeerTaggerKind.Lookup ? LookupTrainer.Train(sentences) : PerceptronTrainer.Train(sentences, options ?? new PeerTaggerOptions());
    }

    /// <summary>Loads the tagger saved in <paramref name="directory"/>, whichever kind its <c>config.json</c> names.</summary>
    public static ITokenTagger Load(string directory)
    {
        var (type, _, _) = ModelDirectory.ReadConfig(directory);
        return type switch
        {
            LookupTagger.ModelType => LookupSerialization.Load(directory),
            AveragedPerceptronTagger.ModelType => PerceptronSerialization.Load(directory),
            _ => throw new LangExpandException(ErrorCode.InvalidModel, $"model type is '{type}'", new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0),
                $"'{LookupTagger.ModelType}' or '{AveragedPerceptronTagger.ModelType}'"),
        };
    }

    /// <summary>
    /// Fills the UPOS and FEATS columns of every word of the CoNLL-U file <paramref name="input"/> with
    /// <paramref name="model"/>'s labels and writes <paramref name="output"/> atomically; every other line and column is
    /// kept as it is. Returns the number of words tagged.
    /// </summary>
    public static int TagConllu(ITokenTagger model, string input, string output)
    {
        OutputPaths.RefuseOverwriting([output], [input]);
        var sentences = ConlluReader.Read(input).ToList();
        var labels = model.Predict(sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToList()).ToList());
        ConlluWriter.Write(sentences.Select((sentence, s) => sentence with { Lines = Relabel(sentence.Lines, labels[s]) }), output);
        return labels.Sum(words => words.Length);
    }

    private static List<ConlluLine> Relabel(IReadOnlyList<ConlluLine> lines, string[] labels)
    {
        var word = 0;
        return lines.Select(line =>
        {
            if (line.Kind != ConlluLineKind.Word)
            {
                return line;
            }
            var (upos, feats) = MorphoLabel.Split(labels[word++]);
            return line.With((ConlluLine.UposColumn, upos), (ConlluLine.FeatsColumn, feats), (ConlluLine.MiscColumn, MorphoLabel.WithoutUposOnly(line.Misc)));
        }).ToList();
    }
}
