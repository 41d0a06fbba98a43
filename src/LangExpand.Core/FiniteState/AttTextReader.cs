using System.Globalization;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.FiniteState;

/// <summary>
/// Reads transducers in AT&amp;T text form, as <c>lt-print</c> (lttoolbox) and <c>hfst-fst2txt</c> write them. Lines:
/// <c>source&lt;TAB&gt;target&lt;TAB&gt;input&lt;TAB&gt;output[&lt;TAB&gt;weight]</c> for an arc, <c>state[&lt;TAB&gt;weight]</c>
/// for a final state, <c>--</c> between sections; a trailing tab (lt-print writes one) is ignored. Epsilon is <c>ε</c> or
/// <c>@0@</c>; <c>@_SPACE_@</c> and <c>@_TAB_@</c> (lt-print -H) stand for a space and a tab. Malformed lines are
/// rejected with file:line and what was expected.
/// </summary>
public static class AttTextReader
{
    private const string Expected =
        "an AT&T line: source<TAB>target<TAB>input<TAB>output[<TAB>weight], a final state state[<TAB>weight], or -- between sections (lt-print output)";

    /// <summary>Reads the file at <paramref name="path"/>; a compiled lttoolbox transducer (<c>*.bin</c>) is refused with the command that prints it.</summary>
    public static AttTransducer Read(string path) =>
        path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && File.Exists(path)
            ? throw new LangExpandException(ErrorCode.InvalidOption, $"{path} is a compiled transducer",
                expected: $"its AT&T text: lt-print {path} > {Path.GetFileNameWithoutExtension(path)}.att (lt-print is in Debian's lttoolbox-dev)")
            : Read(StrictTextReader.ReadLines(path), path);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static AttTransducer Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName);

    private static AttTransducer Read(IEnumerable<TextLine> lines, string source)
    {
        var sections = new List<AttSection>();
        var section = new SectionBuilder();
        long inputTags = 0, outputTags = 0;
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            if (line.Text == "--")
            {
                section.AddTo(sections);
                section = new SectionBuilder();
                continue;
            }
            var location = new SourceLocation(source, line.Number);
            var columns = line.Text.EndsWith('\t') ? line.Text[..^1].Split('\t') : line.Text.Split('\t');
            if (columns.Length is 2 or 5)
            {
                CheckWeight(columns[^1], location);
            }
            switch (columns.Length)
            {
                case 1 or 2:
                    section.AddFinal(State(columns[0], location));
                    break;
                case 4 or 5:
                    var arc = new AttArc(State(columns[1], location), Symbol(columns[2], location), Symbol(columns[3], location));
                    inputTags += AttSymbols.IsTag(arc.Input) ? 1 : 0;
                    outputTags += AttSymbols.IsTag(arc.Output) ? 1 : 0;
                    section.AddArc(State(columns[0], location), arc);
                    break;
                default:
                    throw new LangExpandException(ErrorCode.MalformedLine, $"found {columns.Length} columns", location, Expected);
            }
        }
        section.AddTo(sections);
        if (sections.Count == 0)
        {
            throw new LangExpandException(ErrorCode.MalformedLine, $"no transducer in {source}", new SourceLocation(source, 0), Expected);
        }
        return new AttTransducer(source, sections, inputTags > outputTags);
    }

    private static int State(string text, SourceLocation location) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var state)
            ? state
            : throw new LangExpandException(ErrorCode.MalformedLine, $"state '{text}' is not a non-negative number", location, Expected);

    private static void CheckWeight(string text, SourceLocation location)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new LangExpandException(ErrorCode.MalformedLine, $"weight '{text}' is not a number", location, Expected);
        }
    }

    private static string Symbol(string text, SourceLocation location) => text switch
    {
        "ε" or "@0@" or "@_EPSILON_SYMBOL_@" => "",
        "@_SPACE_@" => " ",
        "@_TAB_@" => "\t",
        "" => throw new LangExpandException(ErrorCode.MalformedLine, "empty symbol", location, "a symbol, or ε or @0@ for epsilon"),
        _ => text,
    };

    /// <summary>Collects one section's arcs and final states.</summary>
    private sealed class SectionBuilder
    {
        private readonly Dictionary<int, List<AttArc>> _arcs = [];
        private readonly HashSet<int> _finals = [];
        private int? _start;

        public void AddArc(int source, AttArc arc)
        {
            _start ??= source;
            if (!_arcs.TryGetValue(source, out var list))
            {
                _arcs[source] = list = [];
            }
            list.Add(arc);
        }

        public void AddFinal(int state)
        {
            _start ??= state;
            _finals.Add(state);
        }

        public void AddTo(List<AttSection> sections)
        {
            if (_start is { } start)
            {
                sections.Add(new AttSection(start, _arcs.ToDictionary(p => p.Key, p => p.Value.ToArray()), _finals));
            }
        }
    }
}
