using System.Diagnostics;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tagging;

/// <summary>What <see cref="TaggingTasks.Train"/> did.</summary>
/// <param name="Sentences">Training sentences read.</param>
/// <param name="Words">Training words read.</param>
/// <param name="Seconds">Wall-clock seconds spent training (reading and saving excluded).</param>
public sealed record TagTrainSummary(int Sentences, int Words, double Seconds);

/// <summary>The file-level jobs behind <c>langexpand tag train|predict</c>.</summary>
public static class TaggingTasks
{
    /// <summary>Trains a <paramref name="kind"/> tagger on the CoNLL-U files <paramref name="trainFiles"/> and saves it to <paramref name="output"/>.</summary>
    public static TagTrainSummary Train(IReadOnlyList<string> trainFiles, PeerTaggerKind kind, PeerTaggerOptions options, string output)
    {
        OutputPaths.RefuseOverwriting([output], trainFiles);
        var sentences = trainFiles.SelectMany(ReadTraining).ToList();
        var clock = Stopwatch.StartNew();
        var tagger = PeerTaggers.Train(kind, sentences, options, trainFiles);
        var seconds = clock.Elapsed.TotalSeconds;
        tagger.Save(output);
        return new TagTrainSummary(sentences.Count, sentences.Sum(s => s.Tokens.Count), seconds);
    }

    /// <summary>The sentences of the training file <paramref name="path"/>; a file with none is an error naming it.</summary>
    private static IReadOnlyList<TaggedSentence> ReadTraining(string path) => TaggedConllu.Read(path) is { Count: > 0 } sentences ? sentences
        : throw new LangExpandException(ErrorCode.NotEnoughData, "the training file holds no sentence", new SourceLocation(path, 0), "CoNLL-U with at least one sentence");

    /// <summary>Tags the CoNLL-U file <paramref name="input"/> with the model in <paramref name="model"/>; returns the words tagged.</summary>
    public static int Predict(string model, string input, string output)
    {
        OutputPaths.RefuseOverwriting([output], [input]);
        var tagger = PeerTaggers.Load(model);
        OutputPaths.RefuseWritingInto([output], model);
        return PeerTaggers.TagConllu(tagger, input, output);
    }
}
