namespace LangExpand.Adaptation.Training;

/// <summary>Linear warm-up from 0 to the peak, then linear decay to 0 at the last step (Hugging Face's <c>linear</c> schedule).</summary>
public static class LinearSchedule
{
    /// <summary>The learning rate of step <paramref name="step"/> (0-based) of <paramref name="steps"/>.</summary>
    public static double At(int step, int steps, int warmupSteps, double peak) =>
        step < warmupSteps
            ? peak * (step + 1) / warmupSteps
            : peak * Math.Max(0.0, (double)(steps - step) / Math.Max(1, steps - warmupSteps));
}
