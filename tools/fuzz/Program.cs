// The reader fuzzing harness (issue 20): mutates slices of real files from ../shared/data (and each reader's own sample)
// with truncation, byte flips, invalid UTF-8, NUL/C1/other control characters, BOMs, CRLF, long lines, wrong column counts,
// empty fields, deep nesting and JSON escape attacks, and feeds them to every reader. Each input must be read or refused
// with a LangExpand error (an LE code); anything else is a crash. Prints a Markdown table; exits 1 on any crash.
//
//   dotnet run -c Release --project tools/fuzz -- [--count N per reader, default 1000] [--seed S, default 1]
//       [--shared DIR, default ../shared/data beside the repository] [--reader NAME] [--save-crashes DIR]
using LangExpand.Fuzz;

var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
var count = int.Parse(options.GetValueOrDefault("--count", "1000"), System.Globalization.CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("--seed", "1"), System.Globalization.CultureInfo.InvariantCulture);
var shared = options.GetValueOrDefault("--shared") ?? FindShared();
var targets = ReaderTargets.All.Where(t => !options.TryGetValue("--reader", out var name) || t.Name == name).ToList();
if (targets.Count == 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine($"usage: --count N --seed S --shared DIR --reader NAME ({string.Join(", ", ReaderTargets.All.Select(t => t.Name))}) --save-crashes DIR");
    return 2;
}
Console.Error.WriteLine($"fuzzing {targets.Count} readers, {count} inputs each, seed {seed}, seeds from {shared ?? "the built-in samples only"}");
var crashes = new List<Crash>();
var counts = FuzzRun.Run(targets, count, seed, shared, crashes);
Console.WriteLine(FuzzRun.Table(counts));
foreach (var (crash, index) in crashes.Select((c, i) => (c, i)))
{
    Console.WriteLine($"crash {index}: {crash.Reader} on {crash.Seed} after {crash.Mutations}: {crash.Error.GetType().Name}: {crash.Error.Message}");
    if (options.TryGetValue("--save-crashes", out var directory))
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, $"{crash.Reader}-{index}.bin"), crash.Input);
    }
}
return crashes.Count == 0 ? 0 : 1;

static string? FindShared()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        var candidate = Path.Combine(folder.FullName, "..", "shared", "data");
        if (File.Exists(Path.Combine(folder.FullName, "LangExpand.sln")) && Directory.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }
    return null;
}
