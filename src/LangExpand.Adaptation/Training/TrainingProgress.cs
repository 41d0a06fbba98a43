namespace LangExpand.Adaptation.Training;

/// <summary>A report after each optimizer step.</summary>
/// <param name="Step">Steps done.</param>
/// <param name="Steps">Steps in all.</param>
/// <param name="Loss">This step's mean MLM loss.</param>
/// <param name="LearningRate">This step's learning rate.</param>
/// <param name="TokensPerSecond">Real (non-pad) tokens per second since the run (or resume) started.</param>
/// <param name="Remaining">Estimated time left.</param>
public sealed record TrainingProgress(int Step, int Steps, double Loss, double LearningRate, double TokensPerSecond, TimeSpan Remaining);
