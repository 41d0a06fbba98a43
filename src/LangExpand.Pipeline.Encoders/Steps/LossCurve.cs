using System.Globalization;
using LangExpand.Adaptation.Training;
using LangExpand.Core.IO;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// Records the loss of every optimizer step from the trainer's progress reports (synchronously, in order) and forwards a
/// progress line; writes and reads the curve as TSV (<c>step</c>, <c>loss</c>, <c>learning_rate</c>).
/// </summary>
public sealed class LossCurve(IProgress<string> messages, string label) : IProgress<TrainingProgress>
{
    private const string Header = "step\tloss\tlearning_rate";
    private readonly List<(int Step, double Loss, double LearningRate)> _points = [];

    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        _points.Add((value.Step, value.Loss, value.LearningRate));
        messages.Report(string.Create(CultureInfo.InvariantCulture, $"{label} step {value.Step}/{value.Steps}, loss {value.Loss:F3}, {value.TokensPerSecond:F0} tokens/s, {value.Remaining:mm\\:ss} left"));
    }

    /// <summary>Writes the recorded points to <paramref name="path"/> (round-trip number formats: same training, same bytes).</summary>
    public void Write(string path) => AtomicFile.WriteText(path, writer =>
    {
        writer.Write(Header + "\n");
        foreach (var (step, loss, rate) in _points)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{step}\t{loss:R}\t{rate:R}\n"));
        }
    });

    /// <summary>The (step, loss) points of a curve file written by <see cref="Write"/>.</summary>
    public static IReadOnlyList<(double Step, double Loss)> Read(string path) =>
        [.. StrictTextReader.ReadLines(path).Skip(1).Select(l => l.Text.Split('\t'))
            .Select(f => (double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture)))];
}
