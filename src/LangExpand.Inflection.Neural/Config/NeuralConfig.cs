namespace LangExpand.Inflection.Neural.Config;

/// <summary>
/// Settings of the neural transducer: architecture, optimisation, data hallucination and decoding. Written and read as
/// YAML with snake_case keys (see <see cref="NeuralConfigYaml"/>); a file names a <see cref="Preset"/> and overrides some
/// of its settings. The defaults are the <c>cpu</c> preset.
/// </summary>
public sealed class NeuralConfig
{
    /// <summary>The preset the other settings start from: <c>cpu</c> or <c>paper</c>.</summary>
    public string Preset { get; set; } = NeuralPresets.Cpu;

    /// <summary>Encoder layers.</summary>
    public int EncoderLayers { get; set; } = 2;

    /// <summary>Decoder layers.</summary>
    public int DecoderLayers { get; set; } = 2;

    /// <summary>Width of embeddings and hidden states.</summary>
    public int ModelSize { get; set; } = 128;

    /// <summary>Width of the feed-forward sublayers.</summary>
    public int FeedForwardSize { get; set; } = 512;

    /// <summary>Attention heads (must divide <see cref="ModelSize"/>).</summary>
    public int Heads { get; set; } = 4;

    /// <summary>Dropout probability (embeddings, attention weights, sublayer outputs).</summary>
    public double Dropout { get; set; } = 0.3;

    /// <summary>Label smoothing of the cross-entropy loss.</summary>
    public double LabelSmoothing { get; set; } = 0.1;

    /// <summary>Peak learning rate (AdamW, reached at the end of warm-up, then decaying as the inverse square root of the step).</summary>
    public double LearningRate { get; set; } = 1e-3;

    /// <summary>Linear warm-up steps.</summary>
    public int WarmupSteps { get; set; } = 1000;

    /// <summary>AdamW's second-moment decay.</summary>
    public double Beta2 { get; set; } = 0.98;

    /// <summary>AdamW's decoupled weight decay.</summary>
    public double WeightDecay { get; set; }

    /// <summary>Gradient clipping: the largest L2 norm of all gradients together.</summary>
    public double ClipNorm { get; set; } = 1.0;

    /// <summary>Examples per batch (batches group examples of similar length).</summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>The most optimisation steps.</summary>
    public int MaxSteps { get; set; } = 3000;

    /// <summary>Steps between greedy decodes of the development data (the best checkpoint by accuracy is kept).</summary>
    public int EvalEvery { get; set; } = 250;

    /// <summary>Evaluations without a better development accuracy before training stops; 0 never stops early.</summary>
    public int Patience { get; set; } = 6;

    /// <summary>
    /// A time budget: training stops at the first evaluation after this many wall-clock minutes of the run (steps and
    /// evaluations); null never stops by time. Use it to share a machine fairly; the steps taken then depend on the machine.
    /// </summary>
    public double? MaxMinutes { get; set; }

    /// <summary>Hallucinated examples to add; null adds <see cref="HallucinateAuto"/> when there are fewer than <see cref="HallucinateBelow"/> training pairs.</summary>
    public int? Hallucinate { get; set; }

    /// <summary>Training pairs below which hallucination is on by default.</summary>
    public int HallucinateBelow { get; set; } = 1000;

    /// <summary>Hallucinated examples added by default to small training sets.</summary>
    public int HallucinateAuto { get; set; } = 10000;

    /// <summary>Beam width at prediction; 1 decodes greedily.</summary>
    public int BeamWidth { get; set; } = 5;

    /// <summary>Seed of parameter initialisation, dropout, batch order and hallucination.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The longest lemma or form, in characters, the position table covers (longer inputs are cut).</summary>
    public int MaxLength { get; set; } = 128;

    /// <summary>The number of hallucinated examples to add to <paramref name="trainingPairs"/> pairs.</summary>
    public int HallucinatedCount(int trainingPairs) => Hallucinate ?? (trainingPairs < HallucinateBelow ? HallucinateAuto : 0);

    /// <summary>A copy that can be changed without changing this one.</summary>
    public NeuralConfig Clone() => (NeuralConfig)MemberwiseClone();
}
