using System.Buffers;
using System.Globalization;
using LangExpand.Core.Annotated;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Writes one synthetic CoNLL-U sentence: the source sentence with the replacements applied. Unchanged token lines are
/// copied in runs; a replaced word gets the target form (in the source word's capitalisation), the target lemma and the
/// provenance appended to MISC (FEATS become the target's when the form was made from a bundle, the source's kept in
/// MISC <c>SourceFeats</c>); every <c># text</c> comment is rebuilt from the forms written.
/// </summary>
internal sealed class SynthesizedConlluWriter
{
    private const string TextPrefix = "# text = ";
    private const int MiscCacheLimit = 200_000;
    private readonly Dictionary<LexiconEntry, string> _entryIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(LexiconEntry Entry, ReInflection Result), string> _miscs = new(ReferencePair<LexiconEntry, ReInflection>.Comparer);
    private readonly ArrayBufferWriter<char> _forms = new();
    private readonly List<Range> _formRanges = [];
    private readonly ArrayBufferWriter<char> _text = new();

    /// <summary>
    /// Writes <paramref name="sentence"/> with alternative <paramref name="variant"/> of each replacement (whose
    /// <see cref="WordReplacement.Word"/> indexes <paramref name="wordLines"/>, the token lines of the words).
    /// </summary>
    public void Write(ConlluSentenceView sentence, IReadOnlyList<int> wordLines, IReadOnlyList<WordReplacement> replacements, int variant, int variants, TextWriter output)
    {
        MakeForms(sentence, wordLines, replacements, variant);
        for (var i = 0; i < sentence.CommentCount; i++)
        {
            var comment = sentence.Comment(i);
            if (comment.StartsWith(TextPrefix, StringComparison.Ordinal))
            {
                output.Write(TextPrefix);
                output.Write(Text(sentence, wordLines, replacements));
            }
            else
            {
                output.Write(comment);
            }
            output.Write('\n');
        }
        if (variants > 1)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"# langexpand_variant = {variant + 1} of {variants}\n"));
        }
        var copied = 0;
        for (var r = 0; r < replacements.Count; r++)
        {
            var line = wordLines[replacements[r].Word];
            output.Write(sentence.Lines(copied, line - copied));
            WriteReplaced(sentence, line, _forms.WrittenSpan[_formRanges[r]], replacements[r].Pick(variant), output);
            copied = line + 1;
        }
        output.Write(sentence.Lines(copied, sentence.Count - copied));
        output.Write('\n');
    }

    /// <summary>The target form of each replacement in the capitalisation of the source word, into <see cref="_forms"/>.</summary>
    private void MakeForms(ConlluSentenceView sentence, IReadOnlyList<int> wordLines, IReadOnlyList<WordReplacement> replacements, int variant)
    {
        _forms.ResetWrittenCount();
        _formRanges.Clear();
        foreach (var replacement in replacements)
        {
            var target = replacement.Pick(variant).Result.Form;
            var style = CaseStyles.Of(sentence.Column(wordLines[replacement.Word], ConlluLine.FormColumn));
            var start = _forms.WrittenCount;
            CaseStyles.Apply(style, target, _forms.GetSpan(target.Length));
            _forms.Advance(target.Length);
            _formRanges.Add(start..(start + target.Length));
        }
    }

    private void WriteReplaced(ConlluSentenceView sentence, int line, ReadOnlySpan<char> form, Alternative alternative, TextWriter output)
    {
        var lemma = alternative.Entry.Target.Text;
        if (!ConlluLine.IsValidField(form) || !ConlluLine.IsValidField(lemma))
        {
            throw new ArgumentException($"a CoNLL-U field must be non-empty and without tabs or line breaks: '{form}' / '{lemma}'", nameof(alternative));
        }
        output.Write(sentence.Column(line, ConlluLine.IdColumn));
        output.Write('\t');
        output.Write(form);
        output.Write('\t');
        output.Write(lemma);
        output.Write('\t');
        if (alternative.Result.Feats is { } feats)
        {
            output.Write(sentence.Columns(line, ConlluLine.UposColumn, ConlluLine.FeatsColumn - 1));
            output.Write('\t');
            output.Write(feats.Target);
            output.Write('\t');
            output.Write(sentence.Columns(line, ConlluLine.FeatsColumn + 1, ConlluLine.MiscColumn - 1));
        }
        else
        {
            output.Write(sentence.Columns(line, ConlluLine.UposColumn, ConlluLine.MiscColumn - 1));
        }
        output.Write('\t');
        var misc = sentence.Column(line, ConlluLine.MiscColumn);
        if (misc is not "_")
        {
            output.Write(misc);
            output.Write('|');
        }
        output.Write(Misc(alternative));
        output.Write('\n');
    }

    /// <summary>
    /// The surface text of the sentence as written: multiword tokens stand for their words; <c>SpaceAfter=No</c> is
    /// honoured (provenance never adds it, so the source MISC decides).
    /// </summary>
    private ReadOnlySpan<char> Text(ConlluSentenceView sentence, IReadOnlyList<int> wordLines, IReadOnlyList<WordReplacement> replacements)
    {
        _text.ResetWrittenCount();
        var (coveredUntil, next, word) = (0, 0, 0);
        for (var line = 0; line < sentence.Count; line++)
        {
            var replaced = next < replacements.Count && wordLines[replacements[next].Word] == line;
            var kind = sentence.Kind(line);
            // Word IDs run 1, 2, 3, … (the reader checks), so a word's ID is its count.
            if (kind == ConlluLineKind.EmptyNode || kind == ConlluLineKind.Word && ++word <= coveredUntil)
            {
                next += replaced ? 1 : 0;
                continue;
            }
            if (kind == ConlluLineKind.MultiwordToken)
            {
                var id = sentence.Column(line, ConlluLine.IdColumn);
                coveredUntil = int.Parse(id[(id.IndexOf('-') + 1)..], CultureInfo.InvariantCulture);
            }
            _text.Write(replaced ? _forms.WrittenSpan[_formRanges[next++]] : sentence.Column(line, ConlluLine.FormColumn));
            if (!HasSpaceAfterNo(sentence.Column(line, ConlluLine.MiscColumn)))
            {
                _text.Write(" ");
            }
        }
        return _text.WrittenSpan.TrimEnd(' ');
    }

    private static bool HasSpaceAfterNo(ReadOnlySpan<char> misc)
    {
        if (!misc.Contains("SpaceAfter=No", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var range in misc.Split('|'))
        {
            if (misc[range].SequenceEqual("SpaceAfter=No"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The MISC provenance of <paramref name="alternative"/>, made once per (entry, result) pair (both are shared objects).</summary>
    private string Misc(Alternative alternative)
    {
        if (_miscs.TryGetValue((alternative.Entry, alternative.Result), out var cached))
        {
            return cached;
        }
        if (!_entryIds.TryGetValue(alternative.Entry, out var entryId))
        {
            _entryIds[alternative.Entry] = entryId = Provenance.Escape(Provenance.EntryId(alternative.Entry));
        }
        if (_miscs.Count >= MiscCacheLimit)
        {
            _miscs.Clear();
        }
        return _miscs[(alternative.Entry, alternative.Result)] = Provenance.Misc(entryId, alternative.Result, alternative.Entry);
    }
}
