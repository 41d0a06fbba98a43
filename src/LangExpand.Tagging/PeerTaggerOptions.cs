namespace LangExpand.Tagging;

/// <summary>The two cheap peers.</summary>
public enum PeerTaggerKind
{
    /// <summary>Each word's most frequent label in training (<see cref="Lookup.LookupTagger"/>).</summary>
    Lookup,

    /// <summary>The greedy averaged perceptron (<see cref="Perceptron.AveragedPerceptronTagger"/>).</summary>
    Perceptron,
}

/// <summary>Training settings of the peers (the lookup tagger has none).</summary>
/// <param name="Epochs">Perceptron: passes over the training sentences.</param>
/// <param name="Seed">Perceptron: seed of the order in which each pass visits the sentences.</param>
public sealed record PeerTaggerOptions(int Epochs = PeerTaggerOptions.DefaultEpochs, int Seed = PeerTaggerOptions.DefaultSeed)
{
    /// <summary>Default number of perceptron epochs.</summary>
    public const int DefaultEpochs = 5;

    /// <summary>Default seed.</summary>
    public const int DefaultSeed = 1;
}
