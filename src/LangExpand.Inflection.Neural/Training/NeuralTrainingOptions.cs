using LangExpand.Inflection.Neural.Config;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>How to run neural training (the model's own settings are in <see cref="Config"/>).</summary>
/// <param name="Config">Architecture, optimisation, hallucination and decoding settings.</param>
/// <param name="Device"><c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</param>
/// <param name="Threads">libtorch CPU threads; null leaves libtorch's default.</param>
/// <param name="CheckpointDirectory">Where to keep a resumable checkpoint (written at every evaluation); an existing one is resumed.</param>
/// <param name="Progress">Receives one line per evaluation, and one when a checkpoint is resumed.</param>
/// <param name="JoinsAuto">
/// Whether <c>--model auto</c> trains and considers the neural model: true always, false never, null when
/// <paramref name="Device"/> gives a CUDA device (on a CPU it costs minutes per language).
/// </param>
public sealed record NeuralTrainingOptions(NeuralConfig Config, string Device = "auto", int? Threads = null, string? CheckpointDirectory = null,
    Action<string>? Progress = null, bool? JoinsAuto = null);
