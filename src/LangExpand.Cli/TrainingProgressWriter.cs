using System.Globalization;
using LangExpand.Adaptation.Training;

namespace LangExpand.Cli;

/// <summary>
/// Renders training progress as a line on stderr about every tenth of the run and at the end, through the writer's
/// <see cref="ProgressLines"/> (in a log, at most one line every few seconds, and always the last).
/// </summary>
internal sealed class TrainingProgressWriter(TextWriter error, string title) : IProgress<TrainingProgress>
{
    private readonly ProgressLines _lines = ProgressLines.Of(error);

    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        var every = Math.Max(1, value.Steps / 10);
        if (value.Step % every != 0 && value.Step != value.Steps)
        {
            return;
        }
        _lines.Write(string.Create(CultureInfo.InvariantCulture,
            $"{title}: step {value.Step}/{value.Steps} loss {value.Loss:F3} lr {value.LearningRate:E1} {value.TokensPerSecond:F0} tokens/s ETA {value.Remaining:hh\\:mm\\:ss}"));
        if (value.Step == value.Steps)
        {
            _lines.Flush();
        }
    }
}
