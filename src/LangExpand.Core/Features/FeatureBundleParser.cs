namespace LangExpand.Core.Features;

/// <summary>
/// Recursive-descent parser for feature bundles. Grammar (UniMorph; 2016 bundles are <c>key=value</c> items joined
/// by <c>,</c>):
/// <code>
/// bundle  := element (';' element)*          element := space* value space*
/// value   := conj ('/' conj)*                 conj    := primary ('+' primary)*
/// primary := name? '{' value '}' | name ('(' value ((','|';') value)* ')')?
/// name    := (letter | digit | '.' | '_' | ':' | '-' | '\'')+
/// </code>
/// Groups and layered features nest at most <see cref="FeatureBundle.MaxNestingDepth"/> deep, so that hostile input cannot overflow the stack.
/// </summary>
internal sealed class FeatureBundleParser
{
    private const int MaxQuotedLength = 80;

    private readonly string _text;
    private int _position;
    private int _depth;

    private FeatureBundleParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; on failure returns null and a message naming the 1-based column.</summary>
    public static FeatureBundle? TryParse(string text, out string? error)
    {
        try
        {
            var parser = new FeatureBundleParser(text);
            var syntax = text.Contains('=') ? FeatureSyntax.KeyValue : FeatureSyntax.UniMorph;
            var elements = syntax == FeatureSyntax.KeyValue ? parser.ParseKeyValues() : parser.ParseElements();
            error = null;
            return new FeatureBundle(syntax, elements);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private List<FeatureNode> ParseElements()
    {
        var elements = new List<FeatureNode> { ParsePaddedElement() };
        while (TryConsume(';'))
        {
            elements.Add(ParsePaddedElement());
        }
        ExpectEnd("';' or the end of the bundle");
        return elements;
    }

    private List<FeatureNode> ParseKeyValues()
    {
        var elements = new List<FeatureNode>();
        do
        {
            var key = ParseName("an attribute name before '='");
            Expect('=');
            elements.Add(new KeyValueFeature(key, ParseValue()));
        }
        while (TryConsume(','));
        ExpectEnd("',' or the end of the bundle");
        return elements;
    }

    private FeatureNode ParsePaddedElement()
    {
        var leading = ReadSpaces();
        var value = ParseValue();
        var trailing = ReadSpaces();
        return leading.Length + trailing.Length == 0 ? value : new PaddedFeature(leading, value, trailing);
    }

    private FeatureNode ParseValue()
    {
        if (++_depth > FeatureBundle.MaxNestingDepth)
        {
            throw Error($"groups and layered features nested at most {FeatureBundle.MaxNestingDepth} deep");
        }
        var value = ParseJoined('/', () => ParseJoined('+', ParsePrimary));
        _depth--;
        return value;
    }

    private FeatureNode ParseJoined(char @operator, Func<FeatureNode> parsePart)
    {
        var parts = new List<FeatureNode> { parsePart() };
        while (TryConsume(@operator))
        {
            parts.Add(parsePart());
        }
        return parts.Count == 1 ? parts[0] : new FeatureCombination(@operator, parts);
    }

    private FeatureNode ParsePrimary()
    {
        var name = Peek() == '{' ? "" : ParseName("a feature value");
        if (TryConsume('{'))
        {
            var inner = ParseValue();
            Expect('}');
            return new FeatureGroup(name, inner);
        }
        if (!TryConsume('('))
        {
            return new FeatureAtom(name);
        }
        var arguments = new List<FeatureNode> { ParseValue() };
        var separators = new System.Text.StringBuilder();
        while (Peek() is ',' or ';')
        {
            separators.Append(_text[_position++]);
            arguments.Add(ParseValue());
        }
        Expect(')');
        return new LayeredFeature(name, arguments, separators.ToString());
    }

    private string ParseName(string expected)
    {
        var start = _position;
        while (_position < _text.Length && IsNameCharacter(_text[_position]))
        {
            _position++;
        }
        if (_position == start)
        {
            throw Error(expected);
        }
        return _text[start.._position];
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or ':' or '-' or '\'';

    private string ReadSpaces()
    {
        var start = _position;
        while (Peek() == ' ')
        {
            _position++;
        }
        return _text[start.._position];
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char c)
    {
        if (_position >= _text.Length || _text[_position] != c)
        {
            return false;
        }
        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error($"'{c}'");
        }
    }

    private void ExpectEnd(string expected)
    {
        if (_position != _text.Length)
        {
            throw Error(expected);
        }
    }

    private FormatException Error(string expected)
    {
        var found = _position < _text.Length ? $"'{_text[_position]}'" : "the end";
        var quoted = _text.Length <= MaxQuotedLength ? _text : string.Concat(_text.AsSpan(0, MaxQuotedLength), "…");
        return new FormatException($"bad feature syntax in \"{quoted}\" at column {_position + 1}: found {found}, expected {expected}");
    }
}
