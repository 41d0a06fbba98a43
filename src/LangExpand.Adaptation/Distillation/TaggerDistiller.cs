using System.Diagnostics;
using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Torch.Runtime;
using LangExpand.Tokenization;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Distillation;

/// <summary>
/// Teacher → student distillation of a token tagger (Hinton et al. 2015; the student initialised DistilBERT-style from the
/// teacher's embeddings, classifier and evenly spaced layers): the student, the teacher's architecture with fewer layers,
/// learns the teacher's soft labels (softmax at <see cref="DistillOptions.Temperature"/>) over raw target-language text, and
/// both are measured the same way: parameters, CPU milliseconds per sentence (one sentence at a time) and accuracy on a gold file.
/// </summary>
public static class TaggerDistiller
{
    /// <summary>
    /// Distils the tagger in <paramref name="teacherDirectory"/> over the lines of <paramref name="textFiles"/> into a new model
    /// directory <paramref name="output"/> (Hugging Face layout, the teacher's tokenizer), and scores both on <paramref name="test"/>.
    /// </summary>
    public static DistillReport Run(string teacherDirectory, IReadOnlyList<string> textFiles, string? test, string output, DistillOptions options, Device device)
    {
        options.Validate();
        OutputPaths.RefuseOverwriting([output], [teacherDirectory, .. textFiles, .. test is null ? Array.Empty<string>() : [test]]);
        EncoderCheckpoint.EnsureNoModel(output);
        using var teacher = ClassifierCheckpoint.Load(teacherDirectory, device);
        var teacherModel = teacher.Model as TokenClassificationModel ?? throw new LangExpandException(ErrorCode.InvalidModel, "the teacher is not a token tagger",
            new SourceLocation(Path.Combine(teacherDirectory, EncoderConfigFile.FileName), 0), "a …ForTokenClassification directory (adapt finetune, a pack's task/model)");
        var layers = StudentLayers(teacher.Config, options.StudentLayers, teacherDirectory);
        var sentences = Sentences(textFiles);
        var gold = test is null ? null : TaggedData.Gold(test, MorphoLabel.AreJoint(teacher.Config.Labels!));
        var studentConfig = teacher.Config with { NumHiddenLayers = layers.Count };
        TorchRuntime.Seed(options.Seed);
        using var student = new TokenClassificationModel(studentConfig, teacher.Config.Labels!.Count);
        StudentInitializer.CopyFromTeacher(student, teacherModel, layers);
        student.to(device);
        teacherModel.eval();
        var clock = Stopwatch.StartNew();
        Train(student, teacherModel, teacher.Tokenizer, sentences, options, device);
        var seconds = clock.Elapsed.TotalSeconds;
        EncoderCheckpoint.Save(output, student, studentConfig, teacher.Tokenizer);
        var timed = (gold ?? sentences).Take(options.LatencySentences).ToList();
        return new DistillReport(Facts(teacherModel, teacher.Tokenizer, timed, gold, device), Facts(student, teacher.Tokenizer, timed, gold, device),
            teacher.Config.NumHiddenLayers, layers.Count, sentences.Count, seconds);
    }

    /// <summary>The teacher layers the student's layers start from: evenly spaced from the first.</summary>
    private static IReadOnlyList<int> StudentLayers(EncoderConfig teacher, int asked, string directory)
    {
        var count = asked == 0 ? Math.Max(1, teacher.NumHiddenLayers / 2) : asked;
        if (count > teacher.NumHiddenLayers)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--student-layers {count} exceeds the teacher's {teacher.NumHiddenLayers} layers",
                new SourceLocation(Path.Combine(directory, EncoderConfigFile.FileName), 0), $"1 to {teacher.NumHiddenLayers}, or 0 for half");
        }
        return [.. Enumerable.Range(0, count).Select(j => j * teacher.NumHiddenLayers / count)];
    }

    private static List<TaggedSentence> Sentences(IReadOnlyList<string> textFiles)
    {
        var words = SilverLabels.Words(textFiles.SelectMany(TextCorpus.ReadLines));
        return words.Count > 0 ? [.. words.Select(w => new TaggedSentence([.. w.Select(token => new TaggedToken(token, ""))]))]
            : throw new LangExpandException(ErrorCode.NotEnoughData, "the text holds no sentence to distil on", new SourceLocation(textFiles[0], 0),
                $"lines of 1 to {SilverLabels.MaxWords} words");
    }

    private static void Train(TokenClassificationModel student, TokenClassificationModel teacher, ISubwordTokenizer tokenizer, List<TaggedSentence> sentences,
        DistillOptions options, Device device)
    {
        var labelIds = FineTuning.LabelIds(student.Encoder.Config.Labels!);
        var temperature = options.Temperature;
        var schedule = new TaggingOptions { Steps = options.Steps, BatchSize = options.BatchSize, LearningRate = options.LearningRate, Seed = options.Seed };
        FineTuning.Fit(student, sentences.Count, schedule, batch =>
        {
            var (ids, mask, words, _, _) = TokenTagger.Encode([.. batch.Select(i => sentences[i])], tokenizer, student.Encoder.Config, labelIds, device);
            Tensor soft;
            using (no_grad())
            {
                soft = (teacher.Logits(ids, mask, words) / temperature).softmax(1);
            }
            var logProbabilities = (student.Logits(ids, mask, words) / temperature).log_softmax(1);
            return -(soft * logProbabilities).sum(1).mean() * (temperature * temperature);
        });
    }

    private static ModelFacts Facts(TokenClassificationModel model, ISubwordTokenizer tokenizer, IReadOnlyList<TaggedSentence> timed, IReadOnlyList<TaggedSentence>? gold, Device device)
    {
        var parameters = model.parameters().Sum(p => p.numel());
        TokenTagger.Predict(model, tokenizer, [.. timed.Take(3)], device);
        var clock = Stopwatch.StartNew();
        foreach (var sentence in timed)
        {
            TokenTagger.Predict(model, tokenizer, [sentence], device);
        }
        var latency = clock.Elapsed.TotalMilliseconds / Math.Max(1, timed.Count);
        if (gold is null)
        {
            return new ModelFacts(parameters, latency, null, null);
        }
        var score = TokenTagger.Score(model, tokenizer, gold, device);
        return new ModelFacts(parameters, latency, 100 * (score.Morphology?.Upos ?? score.Accuracy), score.Morphology is { } m ? 100 * m.Ufeats : null);
    }
}
