using LangExpand.Core.Inflection;

namespace LangExpand.Morphology;

/// <summary>An <see cref="IInflector"/> that also says how sure it is of each form (larger is surer; each model has its own scale).</summary>
public interface IConfidentInflector : IInflector
{
    /// <summary>Each triple's form (forms in the input are ignored) with the model's confidence in it, in input order.</summary>
    IReadOnlyList<(string Form, double Confidence)> InflectWithConfidence(IReadOnlyList<InflectionTriple> inputs);
}
