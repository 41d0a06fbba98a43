using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Adaptation.Pretraining;

/// <summary>
/// The sizes and training defaults of a model pretrained from scratch: <c>tiny</c> trains in seconds (tests), <c>small</c>
/// (4 layers, width 256, 8k subwords) in minutes on a CPU (demos and the adaptation benchmark).
/// </summary>
/// <param name="Name">The preset's name.</param>
/// <param name="VocabularySize">Subword ids, special tokens included.</param>
/// <param name="HiddenSize">Width.</param>
/// <param name="Layers">Transformer layers.</param>
/// <param name="Heads">Attention heads.</param>
/// <param name="IntermediateSize">Feed-forward width.</param>
/// <param name="SequenceLength">Longest sequence (special tokens included).</param>
/// <param name="Steps">Default optimizer steps.</param>
/// <param name="BatchSize">Sequences per step.</param>
/// <param name="LearningRate">Peak learning rate.</param>
public sealed record PretrainPreset(string Name, int VocabularySize, int HiddenSize, int Layers, int Heads, int IntermediateSize,
    int SequenceLength, int Steps, int BatchSize, double LearningRate)
{
    /// <summary>Seconds on a few KB of text.</summary>
    public static PretrainPreset Tiny { get; } = new("tiny", 300, 32, 2, 2, 64, 32, 12, 8, 1e-3);

    /// <summary>A demo-sized encoder (≈ 1.9 M parameters).</summary>
    public static PretrainPreset Small { get; } = new("small", 8000, 128, 4, 4, 512, 128, 2000, 32, 1e-3);

    /// <summary>The preset named <paramref name="name"/>.</summary>
    public static PretrainPreset Parse(string name) => name switch
    {
        "tiny" => Tiny,
        "small" => Small,
        _ => throw new LangExpandException(ErrorCode.InvalidOption, $"unknown preset '{name}'", expected: "tiny or small"),
    };

    /// <summary>The XLM-R-style configuration for a tokenizer with <paramref name="vocabularySize"/> ids.</summary>
    public EncoderConfig Config(int vocabularySize) => new()
    {
        Family = EncoderFamily.XlmRoberta,
        VocabSize = vocabularySize,
        HiddenSize = HiddenSize,
        NumHiddenLayers = Layers,
        NumAttentionHeads = Heads,
        IntermediateSize = IntermediateSize,
        MaxPositionEmbeddings = SequenceLength + 2,
        TypeVocabSize = 1,
        PadTokenId = 1,
        AttentionProbsDropoutProb = 0,
        HiddenDropoutProb = 0,
    };
}
