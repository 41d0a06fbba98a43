using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Adaptation.Training;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>What task fine-tuning shares: a task model started from a masked language model, and the training loop.</summary>
internal static class FineTuning
{
    /// <summary>Label ids: label <c>i</c> of <paramref name="labels"/> is class <c>i</c>.</summary>
    public static Dictionary<string, int> LabelIds(IReadOnlyList<string> labels) =>
        labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

    /// <summary>
    /// A task model made by <paramref name="create"/> (after seeding with <paramref name="seed"/>), initialised, given the weights
    /// of <paramref name="baseModel"/> (parameters under <paramref name="newPrefixes"/> may be absent there and stay initialised;
    /// the MLM head is left out) and moved to <paramref name="device"/>.
    /// </summary>
    public static TModel FromBase<TModel>(LoadedEncoder baseModel, EncoderConfig config, Func<TModel> create, IReadOnlyList<string> newPrefixes, long seed, Device device)
        where TModel : nn.Module
    {
        TorchRuntime.Seed(seed);
        var model = create();
        WeightInitializer.Initialize(model, config);
        var tensors = EncoderCheckpoint.CpuTensors(baseModel.Model);
        try
        {
            WeightLoader.Load(model, config, tensors, "base model", new WeightLoadOptions { NewParameterPrefixes = newPrefixes, IgnoredPrefixes = ["lm_head.", "cls."] });
        }
        finally
        {
            foreach (var tensor in tensors.Values)
            {
                tensor.Dispose();
            }
        }
        model.to(device);
        return model;
    }

    /// <summary>
    /// Trains <paramref name="model"/> for <see cref="TaggingOptions.Steps"/> AdamW steps (linear warm-up over 10 %, then decay;
    /// clipping at 1) over <paramref name="count"/> examples in a seeded order; <paramref name="batchLoss"/> gives the loss of the
    /// examples whose indices it is passed. Leaves the model in evaluation mode.
    /// </summary>
    public static void Fit(nn.Module model, int count, TaggingOptions options, Func<IReadOnlyList<int>, Tensor> batchLoss)
    {
        using var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: 0.01);
        var order = Enumerable.Range(0, count).ToArray();
        new Random(unchecked((int)options.Seed)).Shuffle(order);
        var warmup = Math.Max(1, options.Steps / 10);
        model.train();
        for (var step = 0; step < options.Steps; step++)
        {
            using var scope = NewDisposeScope();
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = LinearSchedule.At(step, options.Steps, warmup, options.LearningRate);
            }
            random.manual_seed(options.Seed * 1_000_033 + step);
            var batch = Enumerable.Range(step * options.BatchSize, options.BatchSize).Select(i => order[i % order.Length]).ToList();
            optimizer.zero_grad();
            var loss = batchLoss(batch);
            loss.backward();
            nn.utils.clip_grad_norm_(model.parameters(), 1.0);
            optimizer.step();
        }
        model.eval();
    }
}
