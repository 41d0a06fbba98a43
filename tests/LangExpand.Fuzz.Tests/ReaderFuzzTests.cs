using FsCheck.Xunit;
using LangExpand.Core.Features;
using LangExpand.TestKit;

namespace LangExpand.Fuzz.Tests;

/// <summary>
/// The CI-sized run of the fuzzing harness (tools/fuzz): every reader, given mutated real or sample input, either reads it
/// or refuses it with a LangExpand error (an LE code), and never throws anything else.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int InputsPerReader = 200;

    public static TheoryData<string> Readers() => [.. ReaderTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reader_either_reads_a_mutated_input_or_refuses_it_with_an_LE_code(string reader)
    {
        var crashes = new List<Crash>();

        var counts = FuzzRun.Run(ReaderTargets.All.Where(t => t.Name == reader), InputsPerReader, seed: 20, SharedData.Root, crashes);

        Assert.Equal(InputsPerReader, counts.Single().Accepted + counts.Single().Refused);
        Assert.Empty(crashes.Select(c => $"{c.Seed} after {c.Mutations}: {c.Error}"));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_byte_order_mark_before_bytes_of_no_encoding_is_refused_not_crashed_on(string reader)
    {
        var target = ReaderTargets.All.Single(t => t.Name == reader);

        var outcome = FuzzRun.Feed(target, target.FileName, [0xEF, 0xBB, 0xBF, 0xFF, 0xC3, (byte)'<', (byte)'a', (byte)'\n'], out var error);

        Assert.True(outcome == Outcome.Refused, error?.ToString());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reader_accepts_its_own_sample(string reader)
    {
        var target = ReaderTargets.All.Single(t => t.Name == reader);

        var outcome = FuzzRun.Feed(target, target.FileName, System.Text.Encoding.UTF8.GetBytes(target.Sample), out var error);

        Assert.True(outcome == Outcome.Accepted, error?.ToString());
    }

    [Property]
    public bool Any_bytes_are_read_or_refused_by_every_reader(byte[] bytes) =>
        ReaderTargets.All.All(target => FuzzRun.Feed(target, target.FileName, bytes ?? [], out _) != Outcome.Crashed);

    [Property]
    public bool Any_text_either_parses_as_a_feature_bundle_or_gets_an_error_message(string text)
    {
        var parsed = FeatureBundle.TryParse(text ?? "", out var bundle, out var error);
        return parsed ? bundle is not null : !string.IsNullOrEmpty(error);
    }
}
