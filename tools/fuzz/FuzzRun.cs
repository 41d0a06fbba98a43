using System.Diagnostics;
using System.Globalization;
using System.Text;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Fuzz;

/// <summary>What a reader did with one mutated input.</summary>
public enum Outcome
{
    /// <summary>It read the input to the end.</summary>
    Accepted,

    /// <summary>It refused the input with a <see cref="LangExpandException"/> (an <c>LE</c> code).</summary>
    Refused,

    /// <summary>It threw anything else: a bug.</summary>
    Crashed,
}

/// <summary>A crash: the reader, the mutations applied, the exception and the input that caused it.</summary>
public sealed record Crash(string Reader, string Seed, string Mutations, Exception Error, byte[] Input);

/// <summary>The counts of one reader's outcomes, its refusals that named a line, and its time.</summary>
public sealed class ReaderCounts(string reader)
{
    /// <summary>The reader's name.</summary>
    public string Reader { get; } = reader;

    /// <summary>Inputs read to the end.</summary>
    public int Accepted { get; set; }

    /// <summary>Inputs refused with an LE code.</summary>
    public int Refused { get; set; }

    /// <summary>Refusals whose error named a line of the input.</summary>
    public int RefusedAtLine { get; set; }

    /// <summary>Inputs that made the reader throw anything else.</summary>
    public int Crashed { get; set; }

    /// <summary>Time spent reading.</summary>
    public TimeSpan Elapsed { get; set; }
}

/// <summary>
/// Feeds each reader <c>count</c> inputs: a seed slice (the sample or real lines from <c>shared/data</c>) with one to three
/// mutations, all chosen by a generator seeded per reader and input, so that a run is reproducible and an input can be
/// made again from (seed, reader, index).
/// </summary>
public static class FuzzRun
{
    /// <summary>Runs <paramref name="count"/> mutated inputs through each of <paramref name="targets"/>; crashes go to <paramref name="crashes"/>.</summary>
    public static IReadOnlyList<ReaderCounts> Run(IEnumerable<ReaderTarget> targets, int count, int seed, string? sharedRoot, ICollection<Crash> crashes)
    {
        var all = new List<ReaderCounts>();
        foreach (var target in targets)
        {
            var seeds = target.Seeds(sharedRoot);
            var counts = new ReaderCounts(target.Name);
            for (var index = 0; index < count; index++)
            {
                var random = new Random(HashCode.Combine(seed, StableHash(target.Name), index));
                var (name, lines) = seeds[random.Next(seeds.Count)];
                var input = ReaderTarget.Slice(lines, random);
                var applied = new List<string>();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var mutation = Mutation.All[random.Next(Mutation.All.Count)];
                    input = mutation.Apply(input, random);
                    applied.Add(mutation.Name);
                }
                var clock = Stopwatch.StartNew();
                var outcome = Feed(target, name, input, out var error);
                counts.Elapsed += clock.Elapsed;
                switch (outcome)
                {
                    case Outcome.Accepted:
                        counts.Accepted++;
                        break;
                    case Outcome.Refused:
                        counts.Refused++;
                        counts.RefusedAtLine += error is LangExpandException { Location.Line: > 0 } ? 1 : 0;
                        break;
                    default:
                        counts.Crashed++;
                        crashes.Add(new Crash(target.Name, name, string.Join('+', applied), error!, input));
                        break;
                }
            }
            all.Add(counts);
        }
        return all;
    }

    /// <summary>Reads <paramref name="input"/> with <paramref name="target"/> and classifies what happened.</summary>
    public static Outcome Feed(ReaderTarget target, string name, byte[] input, out Exception? error)
    {
        error = null;
        try
        {
            target.Read(new MemoryStream(input, writable: false), name);
            return Outcome.Accepted;
        }
        catch (LangExpandException e)
        {
            error = e;
            return Outcome.Refused;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e;
            return Outcome.Crashed;
        }
    }

    /// <summary>A Markdown table of the counts, with a total row.</summary>
    public static string Table(IReadOnlyList<ReaderCounts> counts)
    {
        var text = new StringBuilder("| Reader | Inputs | Accepted | Refused (LE) | of them at a line | Crashed | Seconds |\n| :-- | --: | --: | --: | --: | --: | --: |\n");
        void Row(string name, int accepted, int refused, int atLine, int crashed, TimeSpan elapsed) =>
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {accepted + refused + crashed} | {accepted} | {refused} | {atLine} | {crashed} | {elapsed.TotalSeconds:F1} |\n");
        foreach (var c in counts)
        {
            Row(c.Reader, c.Accepted, c.Refused, c.RefusedAtLine, c.Crashed, c.Elapsed);
        }
        Row("**total**", counts.Sum(c => c.Accepted), counts.Sum(c => c.Refused), counts.Sum(c => c.RefusedAtLine), counts.Sum(c => c.Crashed),
            TimeSpan.FromTicks(counts.Sum(c => c.Elapsed.Ticks)));
        return text.ToString();
    }

    /// <summary>A hash of <paramref name="text"/> that is the same in every process (string.GetHashCode is randomised).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
