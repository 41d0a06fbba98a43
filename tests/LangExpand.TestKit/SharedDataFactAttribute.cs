using Xunit;

namespace LangExpand.TestKit;

/// <summary>A fact that needs files from <see cref="SharedData"/>; it is skipped, saying what is missing, where they are absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Marks a test that reads the shared data folder, and optionally a particular file or folder in it.</summary>
    /// <param name="required">Path segments below <c>shared/data</c> that must exist; none to require only the folder.</param>
    public SharedDataFactAttribute(params string[] required) => Skip = SharedData.SkipReason(required);
}
