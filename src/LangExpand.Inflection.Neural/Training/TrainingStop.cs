namespace LangExpand.Inflection.Neural.Training;

/// <summary>Why a training run stopped; <c>metrics.json</c> writes it as the setting's YAML key.</summary>
public enum TrainingStop
{
    /// <summary>It took <c>max_steps</c> steps.</summary>
    MaxSteps,

    /// <summary><c>patience</c> evaluations in a row did not improve on the best.</summary>
    Patience,

    /// <summary>The time budget <c>max_minutes</c> ran out.</summary>
    MaxMinutes,
}
