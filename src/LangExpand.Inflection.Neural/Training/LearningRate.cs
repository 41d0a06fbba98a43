namespace LangExpand.Inflection.Neural.Training;

/// <summary>The warm-up schedule: linear up to the peak over the warm-up steps, then decaying as the inverse square root of the step.</summary>
internal static class LearningRate
{
    /// <summary>The learning rate of step <paramref name="step"/> (counting from 1).</summary>
    public static double At(int step, double peak, int warmup) => warmup <= 0
        ? peak
        : peak * Math.Min((double)step / warmup, Math.Sqrt((double)warmup / step));
}
