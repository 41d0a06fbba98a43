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
/// A trained neural transducer: inflects by beam search (<see cref="NeuralConfig.BeamWidth"/>; width 1 decodes greedily in
/// batches). Calls are serialised on the model, so it is safe (not parallel) from several threads.
/// </summary>
public sealed class NeuralInflector : IBatchInflector, IConfidentInflector
{
    private const int GreedyBatch = 256;
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
    public IReadOnlyList<(string Form, double Confidence)> InflectWithConfidence(IReadOnlyList<InflectionTriple> inputs)
    {
        var encoded = Encode(inputs);
        lock (_gate)
        {
            return [.. encoded.Select(e => _decoder.Beam(e, Math.Max(1, Config.BeamWidth)))];
        }
    }

    private List<EncodedExample> Encode(IReadOnlyList<InflectionTriple> inputs) =>
        [.. inputs.Select(t => EncodedExample.Encode(Vocabulary, t with { Form = null }, Config.MaxLength))];

    /// <summary>The outputs of <paramref name="inputs"/> with a beam of <paramref name="width"/> (1: greedy, batched).</summary>
    public IReadOnlyList<string> Decode(IReadOnlyList<InflectionTriple> inputs, int width)
    {
        var encoded = Encode(inputs);
        lock (_gate)
        {
            if (width > 1)
            {
                return [.. encoded.Select(e => _decoder.Beam(e, width).Form)];
            }
            var outputs = new string[encoded.Count];
            var order = Enumerable.Range(0, encoded.Count).OrderBy(i => encoded[i].Source.Length).ToList();
            foreach (var chunk in order.Chunk(GreedyBatch))
            {
                var decoded = _decoder.Greedy([.. chunk.Select(i => encoded[i])]);
                for (var k = 0; k < chunk.Length; k++)
                {
                    outputs[chunk[k]] = decoded[k];
                }
            }
            return outputs;
        }
    }
}
