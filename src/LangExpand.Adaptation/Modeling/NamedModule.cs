using TorchSharp;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// A module whose children and parameters are only those it registers by name (Hugging Face's names): TorchSharp would
/// otherwise also register every module-typed field under the field's name.
/// </summary>
public abstract class NamedModule : torch.nn.Module
{
    /// <summary>Creates a module named <paramref name="name"/>.</summary>
    protected NamedModule(string name) : base(name)
    {
    }

    /// <summary>Does nothing: children are registered explicitly.</summary>
    protected override void RegisterComponents()
    {
    }
}
