using System.Collections.Concurrent;
using LangExpand.Core.Features;
using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.Features;

/// <summary>Every feature column of every real SIGMORPHON file in the shared data parses and is written back unchanged.</summary>
public class FeatureBundleRealDataTests
{
    [SharedDataTheory]
    [InlineData("sigmorphon2023")]
    [InlineData("conll2017/task1")]
    [InlineData("sigmorphon-format-samples")]
    public void Every_feature_column_of_real_data_round_trips_exactly(string folder)
    {
        var files = Directory.GetFiles(SharedData.Path(folder.Split('/'))).Where(f => Path.GetFileName(f) != "README.md").ToList();
        var failures = new ConcurrentBag<string>();
        var checkedLines = 0;

        Parallel.ForEach(files, file =>
        {
            var column = FeatureColumn(folder, Path.GetFileName(file));
            foreach (var line in StrictTextReader.ReadLines(file).Where(l => l.Text.Length > 0))
            {
                var columns = line.Text.Split('\t');
                var text = columns[column ?? columns.Length - 1];
                if (!FeatureBundle.TryParse(text, out var bundle, out var error) || bundle.ToString() != text)
                {
                    failures.Add($"{file}:{line.Number}: {error ?? bundle!.ToString()}");
                }
                Interlocked.Increment(ref checkedLines);
            }
        });

        Assert.Empty(failures.Take(10));
        Assert.True(checkedLines >= files.Count, $"only {checkedLines} lines in {files.Count} files");
    }

    /// <summary>Features sit in column 2 in 2016 and 2023 files (and in two-column covered files), else in the last column.</summary>
    private static int? FeatureColumn(string folder, string fileName) =>
        folder == "sigmorphon2023" || fileName.StartsWith("2016-", StringComparison.Ordinal) ? 1 : null;
}
