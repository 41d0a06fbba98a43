using LangExpand.Core.Diagnostics;

namespace LangExpand.Adaptation.Distillation;

/// <summary>Settings of teacher → student distillation (<see cref="TaggerDistiller"/>).</summary>
public sealed record DistillOptions
{
    /// <summary>Transformer layers of the student; 0 (default): half the teacher's, at least 1.</summary>
    public int StudentLayers { get; init; }

    /// <summary>Optimizer steps (default 1,200).</summary>
    public int Steps { get; init; } = 1200;

    /// <summary>Sentences per step (default 16).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Peak learning rate (AdamW, 10 % warm-up, linear decay; default 6e-4).</summary>
    public double LearningRate { get; init; } = 6e-4;

    /// <summary>Softmax temperature of the soft labels (default 2; Hinton et al. 2015).</summary>
    public double Temperature { get; init; } = 2;

    /// <summary>Most sentences timed for the CPU latency (default 200).</summary>
    public int LatencySentences { get; init; } = 200;

    /// <summary>Seed of the data order and dropout.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Rejects settings out of range with an invalid-option error.</summary>
    public void Validate()
    {
        if (StudentLayers < 0 || Steps < 1 || BatchSize < 1 || !(LearningRate > 0) || !double.IsFinite(LearningRate) || !(Temperature > 0) || !double.IsFinite(Temperature) || LatencySentences < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption,
                $"invalid distillation settings (--student-layers {StudentLayers}, --steps {Steps}, --batch {BatchSize}, --lr {LearningRate}, --temperature {Temperature})",
                expected: "student layers 0 (half) or more, at least one step and sentence per step, a positive finite learning rate and temperature");
        }
    }
}
