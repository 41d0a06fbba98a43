using System.Globalization;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons.Formats;

/// <summary>Where each field of a lexicon TSV line is, from its header (or the first two columns without one).</summary>
internal sealed class TsvLayout
{
    private const string Expected = "a lexicon TSV line: source<TAB>target, with the columns the header names (source, target, score, source_pos, "
        + "target_pos, source_tags, target_tags, direction, provenance, line, origin)";

    private readonly Dictionary<string, int> _columns;
    private readonly int? _width;

    private TsvLayout(Dictionary<string, int> columns, int? width)
    {
        _columns = columns;
        _width = width;
    }

    /// <summary>True when the first line was a header rather than an entry.</summary>
    public bool HasHeader => _width is not null;

    /// <summary>The layout the first line shows: a header when it names <c>source</c> and <c>target</c>, else two plain columns.</summary>
    public static TsvLayout FromFirstLine(string[] fields, SourceLocation location)
    {
        if (!fields.Contains("source") || !fields.Contains("target"))
        {
            return new TsvLayout(new Dictionary<string, int> { ["source"] = 0, ["target"] = 1 }, null);
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            if (!columns.TryAdd(fields[i], i))
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"the header names column '{fields[i]}' twice", location, Expected);
            }
        }
        if (columns.Remove("pos", out var pos))
        {
            columns.TryAdd("source_pos", pos);
            columns.TryAdd("target_pos", pos);
        }
        return new TsvLayout(columns, fields.Length);
    }

    /// <summary>The entry of one line; <paramref name="resource"/> is the provenance where the line has no provenance column.</summary>
    public LexiconEntry Entry(string[] fields, string resource, SourceLocation location)
    {
        if (_width is { } width ? fields.Length != width : fields.Length < 2)
        {
            throw Malformed($"found {fields.Length} columns where {(_width is null ? "at least 2" : $"the header's {_width}")} belong", location);
        }
        var source = Side(fields, "source", location);
        var target = Side(fields, "target", location);
        var score = Field(fields, "score") is { } s ? ParseScore(s, location) : 1;
        var direction = Field(fields, "direction") is { } d
            ? LexiconTsv.ParseDirection(d) ?? throw Malformed($"direction '{d}' is not both, source-to-target or target-to-source", location)
            : LexiconDirection.Both;
        var origin = Field(fields, "origin") is { } o
            ? LexiconTsv.ParseOrigin(o) ?? throw Malformed($"origin '{o}' is not imported or induced", location)
            : LexiconOrigin.Imported;
        var provenance = Field(fields, "provenance") is { } p
            ? new LexiconProvenance(p.Length > 0 && LexiconText.FitsColumn(p) ? p : throw Malformed("empty provenance", location),
                Field(fields, "line") is { } l ? ParseLine(l, location) : 0, origin)
            : new LexiconProvenance(resource, location.Line, origin);
        return new LexiconEntry(source, target, score, direction, provenance);
    }

    private LexiconSide Side(string[] fields, string side, SourceLocation location)
    {
        var text = Field(fields, side)!;
        var pos = Field(fields, side + "_pos");
        var tags = Field(fields, side + "_tags") is { Length: > 0 } joined ? joined.Split(LexiconText.TagSeparator) : [];
        return LexiconText.Problem(text, pos, tags) is { } problem ? throw Malformed($"{side}: {problem}", location) : new LexiconSide(text, pos, tags);
    }

    private string? Field(string[] fields, string column) => _columns.TryGetValue(column, out var index) ? fields[index] : null;

    private static double ParseScore(string text, SourceLocation location) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score)
            ? score
            : throw Malformed($"score '{text}' is not a finite number", location);

    private static int ParseLine(string text, SourceLocation location) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw Malformed($"line '{text}' is not a non-negative whole number", location);

    private static LangExpandException Malformed(string problem, SourceLocation location) =>
        new(ErrorCode.MalformedLine, problem, location, Expected);
}
