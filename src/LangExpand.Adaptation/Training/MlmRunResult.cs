namespace LangExpand.Adaptation.Training;

/// <summary>The outcome of an MLM training run.</summary>
/// <param name="Steps">Optimizer steps done in this run (after a resume, only the remaining ones).</param>
/// <param name="FirstLoss">Loss of the run's first step.</param>
/// <param name="LastLoss">Loss of its last step.</param>
/// <param name="Tokens">Real tokens processed.</param>
/// <param name="Elapsed">Training time.</param>
/// <param name="CpuTime">Processor time the whole process used during training (all threads).</param>
public sealed record MlmRunResult(int Steps, double FirstLoss, double LastLoss, long Tokens, TimeSpan Elapsed, TimeSpan CpuTime)
{
    /// <summary>Real tokens per second.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Tokens / Elapsed.TotalSeconds : 0;

    /// <summary>Real tokens per second of processor time: a figure less sensitive than <see cref="TokensPerSecond"/> to other work on a shared machine.</summary>
    public double TokensPerCpuSecond => CpuTime.TotalSeconds > 0 ? Tokens / CpuTime.TotalSeconds : 0;
}
