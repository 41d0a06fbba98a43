using System.Globalization;
using System.Text.RegularExpressions;
using LangExpand.Adaptation.Modeling;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Distillation;

/// <summary>Starts a student from its teacher: every weight copied, student layer <c>j</c> from teacher layer <c>layers[j]</c>.</summary>
internal static partial class StudentInitializer
{
    /// <summary>Copies <paramref name="teacher"/>'s weights into <paramref name="student"/>, mapping the layers by <paramref name="layers"/>.</summary>
    public static void CopyFromTeacher(TokenClassificationModel student, TokenClassificationModel teacher, IReadOnlyList<int> layers)
    {
        var source = teacher.state_dict();
        using var noGrad = no_grad();
        foreach (var (name, weight) in student.state_dict())
        {
            var teacherName = LayerIndex().Replace(name, m => $".layer.{layers[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture)}.");
            weight.copy_(source[teacherName]);
        }
    }

    [GeneratedRegex(@"\.layer\.(\d+)\.")]
    private static partial Regex LayerIndex();
}
