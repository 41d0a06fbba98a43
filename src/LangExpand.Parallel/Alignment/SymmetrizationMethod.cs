using LangExpand.Core.Diagnostics;

namespace LangExpand.Parallel.Alignment;

/// <summary>How two directional alignments of a sentence pair are combined into one.</summary>
public enum SymmetrizationMethod
{
    /// <summary>Links in both directions: high precision.</summary>
    Intersection,

    /// <summary>Links in either direction: high recall.</summary>
    Union,

    /// <summary>The intersection grown into diagonal and adjacent neighbours from the union.</summary>
    GrowDiag,

    /// <summary><see cref="GrowDiag"/>, then any union link that touches an unaligned word.</summary>
    GrowDiagFinal,

    /// <summary><see cref="GrowDiag"/>, then any union link whose words are both unaligned (Koehn's grow-diag-final-and).</summary>
    GrowDiagFinalAnd,
}

/// <summary>The names of <see cref="SymmetrizationMethod"/> on the command line and in reports.</summary>
public static class SymmetrizationMethodNames
{
    private static readonly (string Name, SymmetrizationMethod Method)[] Table =
    [
        ("gdfa", SymmetrizationMethod.GrowDiagFinalAnd), ("grow-diag-final-and", SymmetrizationMethod.GrowDiagFinalAnd),
        ("grow-diag-final", SymmetrizationMethod.GrowDiagFinal), ("grow-diag", SymmetrizationMethod.GrowDiag),
        ("intersect", SymmetrizationMethod.Intersection), ("intersection", SymmetrizationMethod.Intersection),
        ("union", SymmetrizationMethod.Union),
    ];

    /// <summary>Every accepted name, the short ones first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(entry => entry.Name)];

    /// <summary>The method called <paramref name="name"/> (case-insensitive).</summary>
    public static SymmetrizationMethod Parse(string name) =>
        Table.FirstOrDefault(entry => entry.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Method
            : throw new LangExpandException(ErrorCode.InvalidOption, $"unknown symmetrisation method '{name}'", expected: string.Join(", ", All));
}
