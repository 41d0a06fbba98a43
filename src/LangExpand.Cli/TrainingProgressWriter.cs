using System.Globalization;
using LangExpand.Adaptation.Training;

namespace LangExpand.Cli;

/// <summary>Renders training progress as a line on stderr about every tenth of the run (and at the end).</summary>
internal sealed class TrainingProgressWriter(TextWriter error, string title) : IProgress<TrainingProgress>
{
    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        var every = Math.Max(1, value.Steps / 10);
        if (value.Step % every != 0 && value.Step != value.Steps)
        {
            return;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: step {value.Step}/{value.Steps} loss {value.Loss:F3} lr {value.LearningRate:E1} {value.TokensPerSecond:F0} tokens/s ETA {value.Remaining:hh\\:mm\\:ss}"));
    }
}
