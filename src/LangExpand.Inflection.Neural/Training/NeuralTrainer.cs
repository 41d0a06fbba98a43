using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Decoding;
using LangExpand.Inflection.Neural.Network;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>
/// Trains a <see cref="Transducer"/>: training pairs plus hallucinated ones, batches of similar length in an order shuffled
/// per epoch from the seed, label-smoothed cross-entropy, AdamW with warm-up then inverse-square-root decay, gradient
/// clipping, a greedy evaluation every <c>eval_every</c> steps keeping the best parameters, early stopping after
/// <c>patience</c> evaluations without improvement, and an optional time budget (<c>max_minutes</c>). Evaluation uses the
/// development data when given, otherwise (up to 1000 of) the training pairs.
/// </summary>
public static class NeuralTrainer
{
    private const int TrainingEvaluationLimit = 1000;

    /// <summary>Trains on <paramref name="training"/> (pairs with forms), evaluating on <paramref name="development"/>.</summary>
    public static NeuralInflector Train(IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development, NeuralTrainingOptions options)
    {
        var config = options.Config;
        var pairs = training.Where(t => t.Form is not null).ToList();
        if (pairs.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "the neural model needs training pairs with forms", expected: "a training file with forms");
        }
        if (options.CheckpointDirectory is { } target)
        {
            Checkpoint.CheckTarget(target);
        }
        TorchRuntime.EnsureLoaded();
        if (options.Threads is { } threads)
        {
            TorchRuntime.SetThreads(threads);
        }
        var device = TorchDevices.Resolve(options.Device);
        TorchRuntime.Seed(config.Seed);
        var hallucinated = Hallucination.Generate(pairs, config.HallucinatedCount(pairs.Count), config.Seed);
        var vocabulary = Vocabulary.Build(pairs.Concat(hallucinated));
        var examples = pairs.Concat(hallucinated).Select(t => EncodedExample.Encode(vocabulary, t, config.MaxLength)).ToList();
        var evaluation = (development?.Where(t => t.Form is not null).ToList() is { Count: > 0 } scored ? scored : [.. pairs.Take(TrainingEvaluationLimit)])
            .Select(t => (Example: EncodedExample.Encode(vocabulary, t with { Form = null }, config.MaxLength), Form: t.Form!)).ToList();
        var model = new Transducer(config, vocabulary.Count).MoveTo(device);
        var optimizer = new AdamW(model.named_parameters().ToList(), config.Beta2, config.WeightDecay);
        var state = new TrainingState();
        Dictionary<string, Tensor> best;
        if (options.CheckpointDirectory is { } checkpoint && Checkpoint.Exists(checkpoint))
        {
            (state, best) = Checkpoint.Restore(checkpoint, config, vocabulary, model, optimizer);
            options.Progress?.Invoke($"resumed from {checkpoint} at step {state.Step}");
        }
        else
        {
            best = Parameters.Snapshot(model);
        }
        var run = new Run(config, vocabulary, model, optimizer, state, best, device, options);
        var (seconds, symbols, stop) = run.Loop(LengthBatches.Create(examples, config.BatchSize), evaluation);
        Parameters.Restore(model, run.Best, "the best parameters");
        var report = new TrainingReport(state.Step, state.BestStep, state.BestAccuracy, hallucinated.Count, seconds, seconds > 0 ? symbols / seconds : 0, state.Evaluations, stop);
        return new NeuralInflector(model, vocabulary, config, device, report);
    }

    /// <summary>The mutable parts of one training run.</summary>
    private sealed class Run(Config.NeuralConfig config, Vocabulary vocabulary, Transducer model, AdamW optimizer, TrainingState state,
        Dictionary<string, Tensor> best, Device device, NeuralTrainingOptions options)
    {
        private readonly Decoder _decoder = new(model, vocabulary, device, config.MaxLength);

        public Dictionary<string, Tensor> Best { get; private set; } = best;

        /// <summary>
        /// Trains until the last step, early stopping or the time budget; returns the seconds spent in steps, the symbols
        /// processed and why it stopped.
        /// </summary>
        public (double Seconds, long Symbols, TrainingStop Stop) Loop(IReadOnlyList<EncodedExample[]> batches, IReadOnlyList<(EncodedExample Example, string Form)> evaluation)
        {
            var clock = new Stopwatch();
            var wall = Stopwatch.StartNew();
            long symbols = 0;
            int[] order = [];
            var epoch = -1;
            TrainingStop? stop;
            while ((stop = StopReason(wall)) is null)
            {
                if (state.Step / batches.Count != epoch)
                {
                    epoch = state.Step / batches.Count;
                    order = [.. Enumerable.Range(0, batches.Count)];
                    new Random(unchecked((config.Seed * 7919) + epoch)).Shuffle(order);
                }
                var batch = batches[order[state.Step % batches.Count]];
                clock.Start();
                TakeStep(batch);
                clock.Stop();
                symbols += batch.Sum(e => (long)e.Source.Length + e.Target.Length);
                state.Step++;
                if (state.Step % config.EvalEvery == 0 || state.Step == config.MaxSteps)
                {
                    Evaluate(evaluation);
                }
            }
            return (clock.Elapsed.TotalSeconds, symbols, stop.Value);
        }

        /// <summary>Null while training goes on, else why it stops (the time budget is looked at only just after an evaluation).</summary>
        private TrainingStop? StopReason(Stopwatch wall) =>
            state.Step >= config.MaxSteps ? TrainingStop.MaxSteps
            : config.Patience > 0 && state.SinceBest >= config.Patience ? TrainingStop.Patience
            : config.MaxMinutes is { } minutes && state.Evaluations.Count > 0 && state.Evaluations[^1].Step == state.Step && wall.Elapsed.TotalMinutes >= minutes
                ? TrainingStop.MaxMinutes
            : null;

        private void TakeStep(EncodedExample[] examples)
        {
            using var scope = NewDisposeScope();
            model.train();
            using var batch = Batch.Create(examples, device, withTargets: true);
            var memory = model.Encode(batch.Source, batch.Positions, batch.Keep);
            var logits = model.Decode(batch.Previous!, memory, batch.Keep);
            var loss = nn.functional.cross_entropy(logits.view(-1, logits.shape[2]), batch.Target!.view(-1), ignore_index: Vocabulary.Pad,
                label_smoothing: config.LabelSmoothing);
            model.zero_grad();
            loss.backward();
            if (config.ClipNorm > 0)
            {
                nn.utils.clip_grad_norm_(model.parameters(), config.ClipNorm);
            }
            optimizer.Update(LearningRate.At(state.Step + 1, config.LearningRate, config.WarmupSteps));
        }

        private void Evaluate(IReadOnlyList<(EncodedExample Example, string Form)> evaluation)
        {
            model.eval();
            var correct = 0;
            foreach (var chunk in evaluation.OrderBy(e => e.Example.Source.Length).Chunk(256))
            {
                var outputs = _decoder.Greedy([.. chunk.Select(e => e.Example)]);
                correct += chunk.Where((e, i) => string.Equals(outputs[i], e.Form, StringComparison.Ordinal)).Count();
            }
            var accuracy = 100.0 * correct / evaluation.Count;
            state.Evaluations.Add((state.Step, accuracy));
            if (accuracy > state.BestAccuracy)
            {
                foreach (var tensor in Best.Values)
                {
                    tensor.Dispose();
                }
                Best = Parameters.Snapshot(model);
                (state.BestAccuracy, state.BestStep, state.SinceBest) = (accuracy, state.Step, 0);
            }
            else
            {
                state.SinceBest++;
            }
            options.Progress?.Invoke($"step {state.Step}: eval accuracy {accuracy:F2} (best {state.BestAccuracy:F2} at step {state.BestStep})");
            if (options.CheckpointDirectory is { } directory)
            {
                Checkpoint.Save(directory, config, vocabulary, model, Best, optimizer, state);
            }
        }
    }
}
