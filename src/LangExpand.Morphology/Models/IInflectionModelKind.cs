using System.Text.Json.Nodes;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Models;

/// <summary>
/// A model that lives outside this project (such as the neural transducer, which needs libtorch), passed to
/// <see cref="InflectionModels"/>' calls as one of their <c>kinds</c>: training by name, saving, and loading by the
/// <c>type</c> in <c>config.json</c>. Kinds with <see cref="JoinsAuto"/> are also candidates of <c>auto</c>.
/// </summary>
public interface IInflectionModelKind
{
    /// <summary>The name <c>--model</c> uses (such as <c>neural</c>).</summary>
    string Name { get; }

    /// <summary>The <c>type</c> written to <c>config.json</c>.</summary>
    string ModelType { get; }

    /// <summary>Whether <c>auto</c> trains and considers this kind (a slow model may stay out unless asked for).</summary>
    bool JoinsAuto { get; }

    /// <summary>Trains a model; <paramref name="development"/>, when given, may steer training (early stopping).</summary>
    IInflector Train(IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development);

    /// <summary>Whether <paramref name="model"/> is one this kind saves.</summary>
    bool Owns(IInflector model);

    /// <summary>Saves <paramref name="model"/> as a model directory with <paramref name="metrics"/>.</summary>
    void Save(IInflector model, string directory, JsonObject metrics);

    /// <summary>Loads a model directory whose <c>type</c> is <see cref="ModelType"/>.</summary>
    IInflector Load(string directory);
}
