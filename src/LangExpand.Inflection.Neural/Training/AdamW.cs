using LangExpand.Core.Diagnostics;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>
/// AdamW (Loshchilov and Hutter 2019) written out so that its whole state (step and moments) can be saved and restored
/// exactly for resuming: β1 = 0.9, ε = 1e-9, decoupled weight decay.
/// </summary>
internal sealed class AdamW(IReadOnlyList<(string Name, TorchSharp.Modules.Parameter Parameter)> parameters, double beta2, double weightDecay)
{
    private const double Beta1 = 0.9;
    private const double Epsilon = 1e-9;
    private readonly Dictionary<string, Tensor> _first = parameters.ToDictionary(p => p.Name, p => zeros_like(p.Parameter).DetachFromDisposeScope());
    private readonly Dictionary<string, Tensor> _second = parameters.ToDictionary(p => p.Name, p => zeros_like(p.Parameter).DetachFromDisposeScope());

    /// <summary>Updates taken so far.</summary>
    public long Step { get; private set; }

    /// <summary>Takes one step with learning rate <paramref name="rate"/> along the parameters' gradients.</summary>
    public void Update(double rate)
    {
        Step++;
        var firstCorrection = 1 - Math.Pow(Beta1, Step);
        var secondCorrection = 1 - Math.Pow(beta2, Step);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in parameters)
        {
            using var scope = NewDisposeScope();
            var gradient = parameter.grad;
            if (gradient is null)
            {
                continue;
            }
            if (weightDecay > 0)
            {
                parameter.mul_(1 - (rate * weightDecay));
            }
            _first[name].mul_(Beta1).add_(gradient, alpha: 1 - Beta1);
            _second[name].mul_(beta2).addcmul_(gradient, gradient, value: 1 - beta2);
            var denominator = (_second[name] / secondCorrection).sqrt_().add_(Epsilon);
            parameter.addcdiv_(_first[name], denominator, value: -rate / firstCorrection);
        }
    }

    /// <summary>The moments by name (<c>m.NAME</c>, <c>v.NAME</c>), for a checkpoint.</summary>
    public Dictionary<string, Tensor> State() =>
        _first.Select(p => ("m." + p.Key, p.Value)).Concat(_second.Select(p => ("v." + p.Key, p.Value))).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>
    /// Restores the moments and step saved by <see cref="State"/>; a moment missing from <paramref name="state"/> or of another
    /// shape is an invalid model naming <paramref name="source"/>.
    /// </summary>
    public void Restore(IReadOnlyDictionary<string, Tensor> state, long step, string source)
    {
        using var noGrad = no_grad();
        foreach (var (name, moment) in State())
        {
            if (!state.TryGetValue(name, out var saved) || !saved.shape.SequenceEqual(moment.shape))
            {
                throw new LangExpandException(ErrorCode.InvalidModel, $"the optimizer state has no tensor '{name}' of shape [{string.Join(", ", moment.shape)}]",
                    new SourceLocation(source, 0), "the optimizer state of the interrupted run");
            }
            moment.copy_(saved);
        }
        Step = step;
    }
}
