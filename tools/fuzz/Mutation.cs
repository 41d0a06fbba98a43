using System.Text;

namespace LangExpand.Fuzz;

/// <summary>A named way of damaging an input: <see cref="Apply"/> makes new bytes from the old ones with the choices of the generator it is given.</summary>
public sealed record Mutation(string Name, Func<byte[], Random, byte[]> Apply)
{
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80, 0x80],
    ];

    private static readonly string[] Controls = ["\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u009B", "\uFFFE", "\uFEFF", "\u2028", "\v", "\f"];

    private static readonly string[] Nests = ["(", "[", "{\"a\":", "<a>", "NOM(", "{", "\""];

    private static readonly string[] JsonAttacks = ["\\ud800", "\\udfff\\ud800", "\\u0000", "\\uFFFE", "\\u0085", "\"", "\\", "\\x41", "1e999999", "-"];

    /// <summary>Every mutation, in a fixed order (the harness picks among them with its seeded generator).</summary>
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("truncate", (b, r) => b[..r.Next(b.Length + 1)]),
        new("byte-flip", (b, r) =>
        {
            var copy = (byte[])b.Clone();
            for (var i = r.Next(1, 5); i > 0 && copy.Length > 0; i--)
            {
                copy[r.Next(copy.Length)] ^= (byte)(1 << r.Next(8));
            }
            return copy;
        }),
        new("invalid-utf8", (b, r) => Insert(b, r, InvalidUtf8[r.Next(InvalidUtf8.Length)])),
        new("control-char", (b, r) => Insert(b, r, Encoding.UTF8.GetBytes(Controls[r.Next(Controls.Length)]))),
        new("bom", (b, r) => r.Next(3) == 0 ? [0xFF, 0xFE, .. b] : [0xEF, 0xBB, 0xBF, .. b]),
        new("crlf", (b, r) => Encoding.UTF8.GetBytes(Text(b).Replace("\n", r.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal))),
        new("long-line", (b, r) => Insert(b, r, Encoding.UTF8.GetBytes(new string("a\té(;"[r.Next(5)], r.Next(1_000, 200_000))))),
        new("columns", (b, r) => Lines(b, r, (line, random) => random.Next(3) switch
        {
            0 => line + "\t" + line,
            1 => line.Replace("\t", "", StringComparison.Ordinal),
            _ => line.Replace('\t', ' '),
        })),
        new("empty-field", (b, r) => Lines(b, r, (line, random) => string.Join('\t', line.Split('\t').Select(f => random.Next(3) == 0 ? "" : f)))),
        new("deep-nesting", (b, r) =>
        {
            var open = Nests[r.Next(Nests.Length)];
            return Insert(b, r, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, r.Next(10, 50_000)))));
        }),
        new("json-escape", (b, r) => Insert(b, r, Encoding.UTF8.GetBytes(JsonAttacks[r.Next(JsonAttacks.Length)]))),
        new("repeat-line", (b, r) => Lines(b, r, (line, random) => string.Join('\n', Enumerable.Repeat(line, random.Next(2, 2_000))))),
        new("drop-line", (b, r) => Lines(b, r, (_, _) => "")),
        new("empty", (_, _) => []),
    ];

    /// <summary>Inserts <paramref name="bytes"/> at a random position (a line start half of the time).</summary>
    private static byte[] Insert(byte[] input, Random random, byte[] bytes)
    {
        var at = random.Next(input.Length + 1);
        if (random.Next(2) == 0)
        {
            at = Array.LastIndexOf(input, (byte)'\n', Math.Max(0, at - 1)) + 1;
        }
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    /// <summary>Rewrites one random line with <paramref name="change"/>.</summary>
    private static byte[] Lines(byte[] input, Random random, Func<string, Random, string> change)
    {
        var lines = Text(input).Split('\n');
        var index = random.Next(lines.Length);
        lines[index] = change(lines[index], random);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
