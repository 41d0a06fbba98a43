using System.Text.Json.Nodes;

namespace LangExpand.Adaptation.Distillation;

/// <summary>What one model of a distillation measures.</summary>
/// <param name="Parameters">Trainable and frozen parameters.</param>
/// <param name="LatencyMs">Milliseconds per sentence, tagging one sentence at a time on the run's device.</param>
/// <param name="Accuracy">Word accuracy in percent on the gold file (UPOS for joint UPOS|FEATS taggers); null without one.</param>
/// <param name="UfeatsAccuracy">UFeats accuracy in percent for joint taggers with a gold file; otherwise null.</param>
public sealed record ModelFacts(long Parameters, double LatencyMs, double? Accuracy, double? UfeatsAccuracy)
{
    /// <summary>The facts as JSON (<c>parameters</c>, <c>latency_ms</c>, <c>accuracy</c>, <c>ufeats_accuracy</c>).</summary>
    public JsonObject ToJson() => new()
    {
        ["parameters"] = Parameters, ["latency_ms"] = Math.Round(LatencyMs, 3),
        ["accuracy"] = Accuracy is { } a ? Math.Round(a, 4) : null, ["ufeats_accuracy"] = UfeatsAccuracy is { } f ? Math.Round(f, 4) : null,
    };
}

/// <summary>What <see cref="TaggerDistiller.Run"/> did and measured.</summary>
/// <param name="Teacher">The teacher's facts.</param>
/// <param name="Student">The student's facts.</param>
/// <param name="TeacherLayers">The teacher's transformer layers.</param>
/// <param name="StudentLayers">The student's.</param>
/// <param name="Sentences">Sentences of text distilled on.</param>
/// <param name="Seconds">Training wall time.</param>
public sealed record DistillReport(ModelFacts Teacher, ModelFacts Student, int TeacherLayers, int StudentLayers, int Sentences, double Seconds)
{
    /// <summary>The report as JSON: <c>{"teacher": {…}, "student": {…}, "teacher_layers", "student_layers", "sentences", "seconds"}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["teacher"] = Teacher.ToJson(), ["student"] = Student.ToJson(), ["teacher_layers"] = TeacherLayers, ["student_layers"] = StudentLayers,
        ["sentences"] = Sentences, ["seconds"] = Math.Round(Seconds, 1),
    };

    /// <summary>One line per model for people.</summary>
    public string Summary =>
        $"teacher: {TeacherLayers} layers, {Teacher.Parameters:N0} parameters, {Teacher.LatencyMs:F2} ms/sentence{Accuracy(Teacher)}\n" +
        $"student: {StudentLayers} layers, {Student.Parameters:N0} parameters, {Student.LatencyMs:F2} ms/sentence{Accuracy(Student)} " +
        $"({Teacher.LatencyMs / Math.Max(1e-9, Student.LatencyMs):F2}x faster; distilled on {Sentences} sentences in {Seconds:F0} s)";

    private static string Accuracy(ModelFacts facts) => facts.Accuracy is { } a ? $", accuracy {a:F2} %" : "";
}
