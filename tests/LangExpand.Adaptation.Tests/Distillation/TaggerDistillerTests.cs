using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Distillation;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Tests.Evaluation;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Distillation;

public sealed class TaggerDistillerTests
{
    private static readonly DistillOptions Quick = new() { Steps = 3, BatchSize = 4, LatencySentences = 5 };

    /// <summary>A toy tagger (two layers) saved into the scratch directory, with the toy text and a gold file.</summary>
    private static (string Teacher, string Text, string Gold) Toy(ScratchDirectory scratch)
    {
        var encoder = EvaluationTests.ToyEncoder();
        var sentences = ToyCorpus.Lines.Take(40).Select(l => new TaggedSentence([.. l.Split(' ').Select(w => new TaggedToken(w, w.Length > 3 ? "LONG" : "SHORT"))])).ToList();
        using var tagger = TokenTagger.Train(encoder, sentences, new TaggingOptions { Steps = 5 }, CPU);
        EncoderCheckpoint.Save(scratch.Path("teacher"), tagger, tagger.Encoder.Config, encoder.Tokenizer);
        var gold = string.Concat(sentences.Take(5).Select(s => string.Concat(s.Tokens.Select(t => $"{t.Token}\t{t.Label}\n")) + "\n"));
        return (scratch.Path("teacher"), ToyCorpus.Write(scratch.Root), scratch.Write("gold.tsv", gold));
    }

    [Fact]
    public void The_student_has_half_the_teacher_s_layers_fewer_parameters_and_both_are_scored_on_the_gold_file()
    {
        using var scratch = new ScratchDirectory();
        var (teacher, text, gold) = Toy(scratch);

        var report = TaggerDistiller.Run(teacher, [text], gold, scratch.Path("student"), Quick, CPU);

        Assert.Equal((2, 1), (report.TeacherLayers, report.StudentLayers));
        Assert.True(report.Student.Parameters < report.Teacher.Parameters);
        Assert.NotNull(report.Teacher.Accuracy);
        Assert.NotNull(report.Student.Accuracy);
        using var student = ClassifierCheckpoint.Load(scratch.Path("student"), CPU);
        Assert.Equal(1, student.Config.NumHiddenLayers);
        Assert.Equal(["LONG", "SHORT"], student.Config.Labels);
    }

    [Fact]
    public void A_student_with_every_layer_starts_as_an_exact_copy_of_its_teacher()
    {
        using var scratch = new ScratchDirectory();
        var (teacherPath, _, _) = Toy(scratch);
        using var teacher = ClassifierCheckpoint.Load(teacherPath, CPU);
        var model = (TokenClassificationModel)teacher.Model;
        using var student = new TokenClassificationModel(teacher.Config, teacher.Config.Labels!.Count);

        StudentInitializer.CopyFromTeacher(student, model, [0, 1]);

        Assert.All(model.state_dict(), pair => Assert.True(pair.Value.allclose(student.state_dict()[pair.Key], rtol: 0, atol: 0)));
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_student_bytes()
    {
        using var scratch = new ScratchDirectory();
        var (teacher, text, _) = Toy(scratch);

        TaggerDistiller.Run(teacher, [text], null, scratch.Path("a"), Quick, CPU);
        TaggerDistiller.Run(teacher, [text], null, scratch.Path("b"), Quick, CPU);

        Assert.Equal(File.ReadAllBytes(scratch.Path("a", "model.safetensors")), File.ReadAllBytes(scratch.Path("b", "model.safetensors")));
    }

    [Fact]
    public void More_student_layers_than_the_teacher_has_and_text_without_sentences_are_refused_before_writing()
    {
        using var scratch = new ScratchDirectory();
        var (teacher, text, _) = Toy(scratch);
        var empty = scratch.Write("empty.txt", "\n\n");

        var tooDeep = Assert.Throws<LangExpandException>(() => TaggerDistiller.Run(teacher, [text], null, scratch.Path("s1"), Quick with { StudentLayers = 3 }, CPU));
        var noText = Assert.Throws<LangExpandException>(() => TaggerDistiller.Run(teacher, [empty], null, scratch.Path("s2"), Quick, CPU));

        Assert.Equal((ErrorCode.InvalidOption, ErrorCode.NotEnoughData), (tooDeep.Code, noText.Code));
        Assert.False(Directory.Exists(scratch.Path("s1")) || Directory.Exists(scratch.Path("s2")));
    }

    [Theory]
    [InlineData(-1, 3, 1.0, 2.0)]
    [InlineData(0, 0, 1.0, 2.0)]
    [InlineData(0, 3, double.NaN, 2.0)]
    [InlineData(0, 3, 1.0, 0.0)]
    public void Settings_out_of_range_are_an_invalid_option(int layers, int steps, double rate, double temperature)
    {
        var options = new DistillOptions { StudentLayers = layers, Steps = steps, LearningRate = rate, Temperature = temperature };

        Assert.Equal(ErrorCode.InvalidOption, Assert.Throws<LangExpandException>(options.Validate).Code);
    }
}
