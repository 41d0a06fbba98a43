using System.Collections.Concurrent;
using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>Reading and writing every real SIGMORPHON file in the shared data gives back the same bytes.</summary>
public class InflectionRoundTripRealDataTests
{
    /// <summary>Sample files whose dialect neither name nor content settles, so they are read as a user would, with --format.</summary>
    private static readonly Dictionary<string, InflectionFormat> Named = new(StringComparer.Ordinal)
    {
        ["2020-fin.tst-covered-crlf"] = InflectionFormat.Sigmorphon2020,
    };

    [SharedDataTheory]
    [InlineData("sigmorphon2023", 81)]
    [InlineData("conll2017/task1", 208)]
    [InlineData("sigmorphon-format-samples", 16)]
    public void Every_real_file_is_written_back_byte_for_byte(string folder, int fileCount)
    {
        var files = Directory.GetFiles(SharedData.Path(folder.Split('/'))).Where(f => Path.GetFileName(f) != "README.md").ToList();
        var failures = new ConcurrentBag<string>();

        Parallel.ForEach(files, file =>
        {
            var original = File.ReadAllBytes(file);
            var dataset = InflectionReader.Read(file, Named.GetValueOrDefault(Path.GetFileName(file)));
            var written = InflectionText.WriteBytes(dataset);
            if (!written.AsSpan().SequenceEqual(original) || dataset.Records.Count == 0)
            {
                failures.Add($"{file} ({dataset.Format}, {dataset.Records.Count} records): {written.Length} bytes written, {original.Length} read");
            }
        });

        Assert.Equal(fileCount, files.Count);
        Assert.Empty(failures);
    }

    [SharedDataTheory("sigmorphon-format-samples")]
    [InlineData("2016-maltese-task1-train", "sigmorphon2016")]
    [InlineData("2016-navajo-task1-test-covered", "sigmorphon2016")]
    [InlineData("2018-adyghe-train-low", "sigmorphon2017")]
    [InlineData("2019-adyghe--kabardian-kabardian-test-covered", "sigmorphon2019")]
    [InlineData("2019-adyghe--kabardian-kabardian-train-low", "sigmorphon2017")]
    [InlineData("2020-deu.trn", "sigmorphon2020")]
    [InlineData("2021-ail.train", "sigmorphon2021")]
    [InlineData("2021-ail.test", "sigmorphon2021")]
    [InlineData("2022-ang.gold", "sigmorphon2022")]
    [InlineData("2022-ang_small.train", "sigmorphon2022")]
    public void Real_sample_files_are_detected_as_their_year_or_a_dialect_with_the_same_columns(string file, string format)
    {
        Assert.Equal(format, InflectionReader.Read(SharedData.Path("sigmorphon-format-samples", file)).Format.Name);
    }

    [SharedDataFact("sigmorphon-format-samples", "2020-fin.tst-covered-crlf")]
    public void A_covered_two_column_file_with_an_unknown_name_needs_a_format()
    {
        var path = SharedData.Path("sigmorphon-format-samples", "2020-fin.tst-covered-crlf");

        var error = Assert.Throws<LangExpandException>(() => InflectionReader.Read(path));

        Assert.Equal(ErrorCode.AmbiguousFormat, error.Code);
        Assert.Equal("\r\n", InflectionReader.Read(path, InflectionFormat.Sigmorphon2020).LineTerminator);
    }
}
