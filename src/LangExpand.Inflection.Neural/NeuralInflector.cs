using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Decoding;
using LangExpand.Inflection.Neural.Network;
using LangExpand.Inflection.Neural.Training;
using LangExpand.Morphology;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural;

/// <summary>
/// A trained neural transducer: inflects by beam search (<see cref="NeuralConfig.BeamWidth"/>; width 1 decodes greedily),
/// inputs of similar length decoded together in batches. Calls are serialised on the model, so it is safe (not parallel)
/// from several threads.
/// </summary>
public sealed class NeuralInflector : IBatchInflector, IConfidentInflector
{
    private const int DecodeBatch = 256;
    private readonly Lock _gate = new();
    private readonly Decoder _decoder;

    internal NeuralInflector(Transducer model, Vocabulary vocabulary, NeuralConfig config, Device device, TrainingReport? report)
    {
        Model = model;
        Vocabulary = vocabulary;
        Config = config;
        Report = report;
        model.eval();
        _decoder = new Decoder(model, vocabulary, device, config.MaxLength);
    }

    /// <summary>The settings the model was trained with (and decodes with).</summary>
    public NeuralConfig Config { get; }

    /// <summary>What training did; null for a loaded model.</summary>
    public TrainingReport? Report { get; }

    internal Transducer Model { get; }

    internal Vocabulary Vocabulary { get; }

    /// <inheritdoc />
    public string Inflect(string lemma, FeatureBundle features) => InflectAll([new InflectionTriple(lemma, features, null)])[0];

    /// <inheritdoc />
    public IReadOnlyList<string> InflectAll(IReadOnlyList<InflectionTriple> inputs) => Decode(inputs, Config.BeamWidth);

    /// <inheritdoc />
    /// <remarks>The confidence is the log-probability of the beam's best output (beam of <see cref="NeuralConfig.BeamWidth"/>).</remarks>
    public IReadOnlyList<(string Form, double Confidence)> InflectWithConfidence(IReadOnlyList<InflectionTriple> inputs) =>
        InBatches(inputs, batch => _decoder.Beam(batch, Math.Max(1, Config.BeamWidth)));

    /// <summary>The outputs of <paramref name="inputs"/> with a beam of <paramref name="width"/> (1: greedy).</summary>
    public IReadOnlyList<string> Decode(IReadOnlyList<InflectionTriple> inputs, int width) =>
        width > 1 ? [.. InBatches(inputs, batch => _decoder.Beam(batch, width)).Select(r => r.Form)] : InBatches(inputs, _decoder.Greedy);

    /// <summary>Decodes <paramref name="inputs"/> in batches of similar source length; the results in input order.</summary>
    private T[] InBatches<T>(IReadOnlyList<InflectionTriple> inputs, Func<EncodedExample[], IReadOnlyList<T>> decode)
    {
        var encoded = inputs.Select(t => EncodedExample.Encode(Vocabulary, t with { Form = null }, Config.MaxLength)).ToList();
        var outputs = new T[encoded.Count];
        lock (_gate)
        {
            foreach (var batch in Enumerable.Range(0, encoded.Count).OrderBy(i => encoded[i].Source.Length).Chunk(DecodeBatch))
            {
                var decoded = decode([.. batch.Select(i => encoded[i])]);
                for (var k = 0; k < batch.Length; k++)
                {
                    outputs[batch[k]] = decoded[k];
                }
            }
        }
        return outputs;
    }
}
