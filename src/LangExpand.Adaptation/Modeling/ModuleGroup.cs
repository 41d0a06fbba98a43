using TorchSharp;

namespace LangExpand.Adaptation.Modeling;

/// <summary>A module that only names its children, for Hugging Face's nesting (<c>cls.predictions.transform</c>).</summary>
internal sealed class ModuleGroup : NamedModule
{
    /// <summary>Registers <paramref name="children"/> under their names.</summary>
    public ModuleGroup(string name, params (string Name, torch.nn.Module Module)[] children) : base(name)
    {
        foreach (var (childName, module) in children)
        {
            register_module(childName, module);
        }
    }
}
